namespace FaceEmulator.Decisions.Rules;

/// <summary>Precedence 3: the first active tenant rule (<c>/__admin/rules</c>) whose match fits the session.</summary>
internal sealed class TenantRulesRule : ILivenessRule
{
    public Decision? Evaluate(LivenessAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var rule = attempt.TenantRules.FirstOrDefault(r => r.IsActive && r.Match.Matches(attempt.Session));
        return rule is null ? null : new Decision(rule.Outcome, DecisionSource.TenantRule, rule.Id);
    }
}
