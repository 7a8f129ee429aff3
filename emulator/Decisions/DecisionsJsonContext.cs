using System.Text.Json.Serialization;
using FaceEmulator.Decisions.Wire;

namespace FaceEmulator.Decisions;

/// <summary>Source-generated JSON for the decisions admin API.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RuleModel))]
[JsonSerializable(typeof(IReadOnlyList<RuleModel>))]
[JsonSerializable(typeof(ScriptModel))]
[JsonSerializable(typeof(IReadOnlyList<OutcomeModel>))]
internal sealed partial class DecisionsJsonContext : JsonSerializerContext;
