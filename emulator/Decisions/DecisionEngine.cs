namespace FaceEmulator.Decisions;

/// <summary>First applicable rule wins; the order is the registration order in <c>EmulatorSetup</c>.</summary>
internal sealed class DecisionEngine(IEnumerable<ILivenessRule> rules)
{
    private readonly ILivenessRule[] _rules = [.. rules];

    public Decision Decide(LivenessAttempt attempt) =>
        _rules.Select(rule => rule.Evaluate(attempt)).FirstOrDefault(d => d is not null)
        ?? new Decision(ScenarioCatalog.RealFace, DecisionSource.Default);
}
