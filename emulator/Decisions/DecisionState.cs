using System.Collections.Immutable;
using System.Globalization;

namespace FaceEmulator.Decisions;

/// <summary>
/// One tenant's scripts and rules. <see cref="Gate"/> serialises deciding and recording attempts, so a
/// script entry or a rule's <c>times</c> is consumed exactly once even under parallel attempts.
/// </summary>
/// <param name="isLive">
/// Whether a session is in the store. Scripts are written only after asking it under <see cref="Gate"/>; a
/// session's removal takes the gate afterwards (<see cref="Forget"/>), so no script outlives its session.
/// </param>
internal sealed partial class DecisionState(Func<string, bool> isLive)
{
    public const int MaxScriptLength = 100;
    public const int MaxRules = 100;
    public const int MaxScriptTemplates = 100;

    private readonly Dictionary<string, ImmutableQueue<LivenessOutcome>> _scripts = new(StringComparer.Ordinal);
    private readonly Func<string, bool> _isLive = isLive;
    private ImmutableList<TenantRule> _rules = [];
    private ImmutableList<ScriptTemplate> _templates = [];
    private int _nextRuleId;

    public Lock Gate { get; } = new();

    /// <summary>Adds a script for sessions to come (scenario file); templates are tried in the order added.</summary>
    public void AddScriptTemplate(ScriptTemplate template)
    {
        lock (Gate)
        {
            _templates = _templates.Add(template);
        }
    }

    public IReadOnlyList<ScriptTemplate> ScriptTemplates
    {
        get
        {
            lock (Gate)
            {
                return _templates;
            }
        }
    }

    /// <returns>The rule, or <see langword="null"/> when the tenant already has <see cref="MaxRules"/>.</returns>
    public TenantRule? AddRule(RuleMatch match, LivenessOutcome outcome, int? times)
    {
        lock (Gate)
        {
            if (_rules.Count >= MaxRules)
            {
                return null;
            }

            var rule = new TenantRule((++_nextRuleId).ToString(CultureInfo.InvariantCulture), match, outcome, times, times);
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
            var before = _rules;
            _rules = _rules.RemoveAll(r => r.Id == id);
            return _rules.Count != before.Count;
        }
    }

    public void ClearRules()
    {
        lock (Gate)
        {
            _rules = [];
        }
    }

    /// <summary>Counts one use of whatever decided an attempt. Call with <see cref="Gate"/> held.</summary>
    public void Consume(string sessionId, Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Source == DecisionSource.Script && _scripts.TryGetValue(sessionId, out var script) && !script.IsEmpty)
        {
            _scripts[sessionId] = script.Dequeue();
        }
        else if (decision.Source == DecisionSource.TenantRule && decision.TenantRuleId is { } id)
        {
            _rules = [.. _rules.Select(r => r.Id == id && r.Remaining is { } n ? r with { Remaining = n - 1 } : r)];
        }
    }
}
