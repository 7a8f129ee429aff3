namespace FaceEmulator.Decisions;

/// <summary>Where an outcome came from, in precedence order.</summary>
internal enum DecisionSource
{
    Explicit,
    Script,
    TenantRule,
    Default,
}

/// <summary>The outcome chosen for an attempt and the rule that chose it (so its use can be counted).</summary>
internal sealed record Decision(LivenessOutcome Outcome, DecisionSource Source, string? TenantRuleId = null);
