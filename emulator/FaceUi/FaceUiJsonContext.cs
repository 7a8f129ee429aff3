using System.Text.Json;
using System.Text.Json.Serialization;
using FaceEmulator.QuickLink;
using FaceEmulator.Sessions;

namespace FaceEmulator.FaceUi;

/// <summary>Source-generated JSON of the web component, quick link and console routes; strict like the admin bodies.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(FaceUiSettings))]
[JsonSerializable(typeof(QuickLinkCreated))]
[JsonSerializable(typeof(HostedPageConfig))]
[JsonSerializable(typeof(SessionList))]
internal sealed partial class FaceUiJsonContext : JsonSerializerContext;
