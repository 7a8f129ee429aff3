using System.Text.Json.Serialization;
using FaceEmulator.Sessions.Wire;
using FaceEmulator.Settings;

namespace FaceEmulator;

/// <summary>
/// Source-generated JSON for every wire type. Nulls are omitted, never written: the .NET SDK throws on
/// null in an enum-typed field, and Azure omits absent optional members.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(CreateSessionContent))]
[JsonSerializable(typeof(ClassicCreateResult))]
[JsonSerializable(typeof(ClassicSession))]
[JsonSerializable(typeof(IReadOnlyList<ClassicSessionItem>))]
[JsonSerializable(typeof(IReadOnlyList<AuditEntry>))]
[JsonSerializable(typeof(AttemptsSession))]
[JsonSerializable(typeof(SettingsModel))]
[JsonSerializable(typeof(SettingsUpdate))]
[JsonSerializable(typeof(ClientAssetsAccessToken))]
internal sealed partial class FaceJsonContext : JsonSerializerContext;
