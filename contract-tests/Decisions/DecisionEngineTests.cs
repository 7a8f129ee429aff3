using System.Text.Json.Nodes;
using FaceEmulator.ContractTests.Infrastructure;
using FaceEmulator.Decisions;
using FaceEmulator.Sessions;
using Microsoft.Extensions.DependencyInjection;

namespace FaceEmulator.ContractTests.Decisions;

/// <summary>The rule engine's precedence, as the emulator's own container registers it, and the outcome reader.</summary>
public sealed class DecisionEngineTests
{
    private static readonly SessionRecord Session = new()
    {
        Id = "s-1",
        Kind = SessionKind.Liveness,
        Family = FaceEmulator.Versions.ApiFamily.Attempts,
        CreatedInVersion = "v1.2",
        CreatedAt = DateTimeOffset.UnixEpoch,
        Parameters = new SessionParameters { LivenessOperationMode = "Passive", DeviceCorrelationId = "phone-1" },
        AuthToken = string.Empty,
        IsAbuseMonitoringEnabled = false,
    };

    // The engine as the emulator registers it: registration order is precedence order (docs/device-side.md),
    // so these tests pin the real container's order, not a list of their own.
    private EmulatorFactory _factory = null!;

    private DecisionEngine Engine => _factory.Services.GetRequiredService<DecisionEngine>();

    [OneTimeSetUp]
    public void Start() =>
        _factory = new EmulatorFactory(new Dictionary<string, string?> { ["Emulator:Decisions:DefaultScenario"] = "uncertain-lighting" });

    [OneTimeTearDown]
    public ValueTask StopAsync() => _factory.DisposeAsync();

    private static LivenessOutcome Scenario(string name) => ScenarioCatalog.Find(name)!;

    private static TenantRule Rule(string device, string scenario, int? remaining = null) =>
        new("1", new RuleMatch { DeviceCorrelationId = device }, Scenario(scenario), remaining, remaining);

    [Test]
    public void ExplicitBeatsScriptRuleAndDefault()
    {
        var decision = Engine.Decide(new LivenessAttempt(Session, Scenario("3d-mask"), Scenario("printed-photo"), [Rule("phone-1", "screen-replay")]));

        decision.Source.Should().Be(DecisionSource.Explicit);
        decision.Outcome.Scenario.Should().Be("3d-mask");
    }

    [Test]
    public void ScriptBeatsRuleAndDefault()
    {
        var decision = Engine.Decide(new LivenessAttempt(Session, null, Scenario("printed-photo"), [Rule("phone-1", "screen-replay")]));

        decision.Source.Should().Be(DecisionSource.Script);
    }

    [Test]
    public void MatchingRuleBeatsDefault_ExhaustedOrOtherDeviceDoesNot()
    {
        Engine.Decide(new LivenessAttempt(Session, null, null, [Rule("phone-2", "3d-mask"), Rule("phone-1", "screen-replay")]))
            .Outcome.Scenario.Should().Be("screen-replay");
        Engine.Decide(new LivenessAttempt(Session, null, null, [Rule("phone-1", "screen-replay", remaining: 0)]))
            .Source.Should().Be(DecisionSource.Default);
    }

    [Test]
    public void NothingElse_UsesConfiguredDefault()
    {
        var decision = Engine.Decide(new LivenessAttempt(Session, null, null, []));

        decision.Outcome.Scenario.Should().Be("uncertain-lighting");
    }

    [Test]
    public void Reader_ScenarioWithOverrides()
    {
        var (outcome, error) = OutcomeReader.Read(JsonNode.Parse("""{"scenario":"real-face","matchConfidence":0.123456789,"latencyMs":10}"""));

        error.Should().BeNull();
        outcome!.Decision.Should().Be("realface");
        outcome.MatchConfidence.Should().Be(0.12345679);
        outcome.LatencyInMilliseconds.Should().Be(10);
    }

    [TestCase("""{"decision":"realface","error":"TimedOut"}""")]
    [TestCase("""{"decision":"maybe"}""")]
    [TestCase("""{"matchConfidence":0.5}""")]
    [TestCase("""{"scenario":"real-face","matchConfidence":1.5}""")]
    [TestCase("""{"scenario":"real-face","faceRectangle":{"top":0,"left":0,"width":0,"height":1}}""")]
    [TestCase("""42""")]
    [TestCase("\"no-such-scenario\"")]
    public void Reader_RejectsBadOutcomes(string json)
    {
        var (outcome, error) = OutcomeReader.Read(JsonNode.Parse(json));

        outcome.Should().BeNull();
        error!.Status.Should().Be(400);
    }

    [Test]
    public void Reader_ErrorCodeAlone_TakesTheCataloguedMessage()
    {
        var (outcome, _) = OutcomeReader.Read(JsonNode.Parse("""{"error":"FaceWithMaskDetected"}"""));

        outcome!.Error.Should().Be(new AttemptError("FaceWithMaskDetected", "Mask detected on face image."));
    }
}
