namespace FaceEmulator.Decisions.Rules;

/// <summary>Precedence 2: the next entry of the session's script (<c>PUT /__admin/sessions/{id}/script</c>).</summary>
internal sealed class SessionScriptRule : ILivenessRule
{
    public Decision? Evaluate(LivenessAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        return attempt.ScriptHead is { } outcome ? new Decision(outcome, DecisionSource.Script) : null;
    }
}
