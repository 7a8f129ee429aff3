using FaceEmulator.Sessions;

namespace FaceEmulator.Decisions.Wire;

/// <summary>An outcome as the admin API shows it; the same members are accepted on input.</summary>
internal sealed record OutcomeModel(
    string? Scenario,
    string? Decision,
    AttemptError? Error,
    double? MatchConfidence,
    FaceRectangle? FaceRectangle,
    int? LatencyMs)
{
    public static OutcomeModel From(LivenessOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new(outcome.Scenario, outcome.Decision, outcome.Error, outcome.MatchConfidence, outcome.FaceRectangle, outcome.LatencyInMilliseconds);
    }
}

/// <summary>A tenant rule (<c>/__admin/rules</c>).</summary>
internal sealed record RuleModel(string Id, RuleMatch Match, OutcomeModel Outcome, int? Times, int? Remaining)
{
    public static RuleModel From(TenantRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new(rule.Id, rule.Match, OutcomeModel.From(rule.Outcome), rule.Times, rule.Remaining);
    }
}

/// <summary>A session's script: the outcomes its next attempts will get, in order.</summary>
internal sealed record ScriptModel(string SessionId, IReadOnlyList<OutcomeModel> Remaining);
