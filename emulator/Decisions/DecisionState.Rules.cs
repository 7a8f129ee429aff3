using System.Collections.Immutable;
using System.Globalization;
using FaceEmulator.Tenancy;

namespace FaceEmulator.Decisions;

/// <summary>The tenant-wide rules of <see cref="DecisionState"/>.</summary>
internal sealed partial class DecisionState
{
    public const int MaxRules = 100;

    private ImmutableList<TenantRule> _rules = [];
    private int _nextRuleId;

    /// <returns>
    /// The rule, or <see langword="null"/> when the tenant already has <see cref="MaxRules"/> (then <paramref name="full"/>
    /// is null) or the rule does not fit the memory budget (then <paramref name="full"/> is the budget that is full).
    /// </returns>
    public TenantRule? AddRule(RuleMatch match, LivenessOutcome outcome, int? times, out MemoryBudget? full)
    {
        full = null;
        lock (Gate)
        {
            if (_rules.Count >= MaxRules)
            {
                return null;
            }

            var rule = new TenantRule((_nextRuleId + 1).ToString(CultureInfo.InvariantCulture), match, outcome, times, times);
            if (memory is not null && !memory.TryCharge(ByteCosts.Rule(rule), out full))
            {
                return null;
            }

            _nextRuleId++;
            _rules = _rules.Add(rule);
            return rule;
        }
    }

    public IReadOnlyList<TenantRule> Rules
    {
        get
        {
            lock (Gate)
            {
                return _rules;
            }
        }
    }

    public bool RemoveRule(string id)
    {
        lock (Gate)
        {
            var removed = _rules.Where(r => r.Id == id).ToList();
            _rules = _rules.RemoveAll(r => r.Id == id);
            memory?.Refund(removed.Sum(ByteCosts.Rule));
            return removed.Count > 0;
        }
    }

    public void ClearRules()
    {
        lock (Gate)
        {
            memory?.Refund(_rules.Sum(ByteCosts.Rule));
            _rules = [];
        }
    }
}
