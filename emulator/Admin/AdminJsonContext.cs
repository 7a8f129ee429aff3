using System.Text.Json;
using System.Text.Json.Serialization;
using FaceEmulator.Clock;
using FaceEmulator.Faults;
using FaceEmulator.Journal;
using FaceEmulator.Scenarios;

namespace FaceEmulator.Admin;

/// <summary>
/// Source-generated JSON for the control plane, kept apart from <see cref="FaceJsonContext"/> (the Face
/// wire types). Unknown members are rejected so a typo in a test's setup fails loudly.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(ClockUpdate))]
[JsonSerializable(typeof(ClockState))]
[JsonSerializable(typeof(FaultRuleContent))]
[JsonSerializable(typeof(FaultRuleModel))]
[JsonSerializable(typeof(FaultList))]
[JsonSerializable(typeof(GatewayEnvelope))]
[JsonSerializable(typeof(JournalList))]
[JsonSerializable(typeof(HealthReport))]
[JsonSerializable(typeof(ScenarioFile))]
[JsonSerializable(typeof(Info.EmulatorInfo))]
internal sealed partial class AdminJsonContext : JsonSerializerContext;
