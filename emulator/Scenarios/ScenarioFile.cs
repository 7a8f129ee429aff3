using System.Text.Json;
using System.Text.Json.Serialization;
using FaceEmulator.Clock;
using FaceEmulator.Faults;

namespace FaceEmulator.Scenarios;

/// <summary>
/// The JSON file named by <c>Emulator:ScenarioFile</c>: the state every tenant starts in, and again after
/// <c>/__admin/reset</c>. See docs/control-plane.md and fixtures/scenarios/example.json.
/// </summary>
/// <param name="Keys">Subscription keys to accept, added to <c>Emulator:Auth:Keys</c>.</param>
/// <param name="Defaults">Applied to every tenant when it is created.</param>
/// <param name="Tenants">Applied after <paramref name="Defaults"/> to the tenant of each key.</param>
internal sealed record ScenarioFile(
    [property: JsonPropertyName("$schema")] string? Schema = null,
    IReadOnlyList<string>? Keys = null,
    ScenarioTenant? Defaults = null,
    IReadOnlyDictionary<string, ScenarioTenant>? Tenants = null);

/// <summary>One tenant's start state.</summary>
/// <param name="Clock">Same shape as the body of <c>POST /__admin/clock</c>.</param>
/// <param name="Faults">Same shape as the body of <c>POST /__admin/faults</c>, in evaluation order.</param>
/// <param name="Rules">Same shape as the body of <c>POST /__admin/rules</c>, in evaluation order.</param>
/// <param name="Scripts">Scripts for sessions to come: <c>{"match":{...},"outcomes":[...],"sessions":n}</c>.</param>
internal sealed record ScenarioTenant(
    ClockUpdate? Clock = null,
    IReadOnlyList<FaultRuleContent>? Faults = null,
    IReadOnlyList<JsonElement>? Rules = null,
    IReadOnlyList<JsonElement>? Scripts = null);
