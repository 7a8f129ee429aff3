using System.Text.Json.Serialization;
using FaceEmulator.Images.Wire;

namespace FaceEmulator.Images;

/// <summary>Source-generated JSON for detection results; nulls are omitted, as Azure omits what was not asked for.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyList<FaceDetectionResult>))]
internal sealed partial class ImagesJsonContext : JsonSerializerContext;
