using FaceEmulator.Sessions;

namespace FaceEmulator.Decisions.Rules;

/// <summary>Precedence 3: the first active tenant rule (<c>/__admin/rules</c>) whose match fits the session.</summary>
internal sealed class TenantRulesRule : ILivenessRule
{
    public Decision? Evaluate(LivenessAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var rule = attempt.TenantRules.FirstOrDefault(r => r.IsActive && Matches(r.Match, attempt.Session));
        return rule is null ? null : new Decision(rule.Outcome, DecisionSource.TenantRule, rule.Id);
    }

    public static bool Matches(RuleMatch match, SessionRecord session)
    {
        var parameters = session.Parameters;
        return Same(match.DeviceCorrelationId, parameters.DeviceCorrelationId, StringComparison.Ordinal)
            && Same(match.UserCorrelationId, parameters.UserCorrelationId, StringComparison.Ordinal)
            && Same(match.LivenessOperationMode, parameters.LivenessOperationMode, StringComparison.OrdinalIgnoreCase)
            && Same(match.SessionKind, session.Kind.ToString(), StringComparison.OrdinalIgnoreCase)
            && Same(match.VerifyImageHash, session.VerifyImage?.Sha256Hex, StringComparison.OrdinalIgnoreCase);
    }

    private static bool Same(string? wanted, string? actual, StringComparison comparison) =>
        wanted is null || string.Equals(wanted, actual, comparison);
}
