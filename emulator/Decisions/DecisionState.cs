using System.Collections.Immutable;
using FaceEmulator.Sessions;
using FaceEmulator.Tenancy;

namespace FaceEmulator.Decisions;

/// <summary>
/// One tenant's scripts and rules. <see cref="Gate"/> serialises deciding and recording attempts, so a
/// script entry or a rule's <c>times</c> is consumed exactly once even under parallel attempts. Scripts and
/// rules are charged to the tenant's <see cref="MemoryBudget"/> while they are held.
/// </summary>
/// <param name="memory">The tenant's budget; null counts nothing (unit tests).</param>
internal sealed partial class DecisionState(MemoryBudget? memory = null)
{
    public const int MaxScriptLength = 100;
    public const int MaxScriptTemplates = 100;

    private readonly Dictionary<string, ImmutableQueue<LivenessOutcome>> _scripts = new(StringComparer.Ordinal);
    private ImmutableList<ScriptTemplate> _templates = [];

    public Lock Gate { get; } = new();

    /// <returns><see langword="false"/> when the script does not fit the memory budget (<paramref name="full"/>); the old script stays.</returns>
    public bool SetScript(string sessionId, IReadOnlyList<LivenessOutcome> outcomes, out MemoryBudget? full)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        full = null;
        lock (Gate)
        {
            var growth = outcomes.Sum(ByteCosts.Outcome) - (_scripts.TryGetValue(sessionId, out var old) ? old.Sum(ByteCosts.Outcome) : 0);
            if (memory is not null && growth > 0 && !memory.TryCharge(growth, out full))
            {
                return false;
            }

            if (growth <= 0)
            {
                memory?.Charge(growth);
            }

            _scripts[sessionId] = ImmutableQueue.CreateRange(outcomes);
            return true;
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
            Drop(sessionId);
            _scripts[sessionId] = ImmutableQueue<LivenessOutcome>.Empty;
        }
    }

    /// <summary>Drops the script of a session that is gone, so scripts never outnumber live sessions.</summary>
    public void Forget(string sessionId)
    {
        lock (Gate)
        {
            Drop(sessionId);
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
        // Charged even past the budget: the template was admitted with the scenario file, and the copy is small.
        memory?.Charge(template.Outcomes.Sum(ByteCosts.Outcome));
        return _scripts[session.Id] = ImmutableQueue.CreateRange(template.Outcomes);
    }

    /// <summary>Removes a session's script and refunds it. Call with <see cref="Gate"/> held.</summary>
    private void Drop(string sessionId)
    {
        if (_scripts.Remove(sessionId, out var script))
        {
            memory?.Refund(script.Sum(ByteCosts.Outcome));
        }
    }

    /// <summary>Counts one use of whatever decided an attempt. Call with <see cref="Gate"/> held.</summary>
    public void Consume(string sessionId, Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Source == DecisionSource.Script && _scripts.TryGetValue(sessionId, out var script) && !script.IsEmpty)
        {
            _scripts[sessionId] = script.Dequeue(out var used);
            memory?.Refund(ByteCosts.Outcome(used));
        }
        else if (decision.Source == DecisionSource.TenantRule && decision.TenantRuleId is { } id)
        {
            _rules = [.. _rules.Select(r => r.Id == id && r.Remaining is { } n ? r with { Remaining = n - 1 } : r)];
        }
    }
}
