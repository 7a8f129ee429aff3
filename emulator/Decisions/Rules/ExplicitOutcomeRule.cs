namespace FaceEmulator.Decisions.Rules;

/// <summary>Precedence 1: the outcome named in <c>POST /__admin/sessions/{id}/attempts</c>.</summary>
internal sealed class ExplicitOutcomeRule : ILivenessRule
{
    public Decision? Evaluate(LivenessAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        return attempt.Explicit is { } outcome ? new Decision(outcome, DecisionSource.Explicit) : null;
    }
}
