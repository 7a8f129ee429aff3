using System.Collections.Immutable;
using System.Globalization;
using FaceEmulator.Sessions;

namespace FaceEmulator.Decisions;

/// <summary>
/// One tenant's scripts and rules. <see cref="Gate"/> serialises deciding and recording attempts, so a
/// script entry or a rule's <c>times</c> is consumed exactly once even under parallel attempts.
/// </summary>
internal sealed class DecisionState
{
    public const int MaxScriptLength = 100;
    public const int MaxRules = 100;
    public const int MaxScriptTemplates = 100;

    private readonly Dictionary<string, ImmutableQueue<LivenessOutcome>> _scripts = new(StringComparer.Ordinal);
    private ImmutableList<TenantRule> _rules = [];
    private ImmutableList<ScriptTemplate> _templates = [];
    private int _nextRuleId;

    public Lock Gate { get; } = new();

    public void SetScript(string sessionId, IReadOnlyList<LivenessOutcome> outcomes)
    {
        lock (Gate)
        {
            _scripts[sessionId] = ImmutableQueue.CreateRange(outcomes);
        }
    }

    /// <summary>The session's remaining script; binds a matching script template first.</summary>
    public IReadOnlyList<LivenessOutcome> GetScript(SessionRecord session)
    {
        ArgumentNullException.ThrowIfNull(session);
        lock (Gate)
        {
            return Bind(session) is { } script ? [.. script] : [];
        }
    }

    /// <summary>Leaves the session with an empty script, so that no script template binds to it later.</summary>
    public void ClearScript(string sessionId)
    {
        lock (Gate)
        {
            _scripts[sessionId] = ImmutableQueue<LivenessOutcome>.Empty;
        }
    }

    /// <summary>Drops the script of a session that is gone, so scripts never outnumber live sessions.</summary>
    public void Forget(string sessionId)
    {
        lock (Gate)
        {
            _scripts.Remove(sessionId);
        }
    }

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

    /// <summary>The next script entry of a session, binding a matching template first. Call with <see cref="Gate"/> held.</summary>
    public LivenessOutcome? PeekScript(SessionRecord session) =>
        Bind(session) is { IsEmpty: false } script ? script.Peek() : null;

    /// <summary>
    /// A session that has no script yet takes a copy of the first active template that matches it (one use
    /// of the template's <c>sessions</c>). Once bound, by a template or by the admin API, it is never rebound.
    /// </summary>
    private ImmutableQueue<LivenessOutcome>? Bind(SessionRecord session)
    {
        if (_scripts.TryGetValue(session.Id, out var script))
        {
            return script;
        }

        var template = _templates.FirstOrDefault(t => t.IsActive && t.Match.Matches(session));
        if (template is null)
        {
            return null;
        }

        _templates = _templates.Replace(template, template with { Remaining = template.Remaining - 1 });
        return _scripts[session.Id] = ImmutableQueue.CreateRange(template.Outcomes);
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
