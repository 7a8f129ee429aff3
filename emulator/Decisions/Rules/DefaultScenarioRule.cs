using Microsoft.Extensions.Options;

namespace FaceEmulator.Decisions.Rules;

/// <summary>Precedence 4: the configured <c>Emulator:Decisions:DefaultScenario</c>.</summary>
internal sealed class DefaultScenarioRule(IOptions<DecisionOptions> options) : ILivenessRule
{
    private readonly LivenessOutcome _outcome = ScenarioCatalog.Find(options.Value.DefaultScenario) ?? ScenarioCatalog.RealFace;

    public Decision? Evaluate(LivenessAttempt attempt) => new(_outcome, DecisionSource.Default);
}
