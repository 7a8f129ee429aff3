using System.Collections.Immutable;
using FaceEmulator.Sessions;
using FaceEmulator.Tenancy;

namespace FaceEmulator.Decisions;

/// <summary>
/// Session scripts. Each write asks first, under <see cref="Gate"/>, whether the session is still in the store;
/// the store tells <see cref="Forget"/> of every removal, which takes the gate too, so no script outlives its session.
/// </summary>
internal sealed partial class DecisionState
{
    /// <returns>
    /// <see cref="ScriptWrite.SessionGone"/> when the session is gone (deleted, evicted), and <see cref="ScriptWrite.OverBudget"/>
    /// when the script does not fit the memory budget (<paramref name="full"/>); then the old script stays.
    /// </returns>
    public ScriptWrite TrySetScript(string sessionId, IReadOnlyList<LivenessOutcome> outcomes, out MemoryBudget? full)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        full = null;
        lock (Gate)
        {
            if (!_isLive(sessionId))
            {
                return ScriptWrite.SessionGone;
            }

            var growth = outcomes.Sum(ByteCosts.Outcome) - (_scripts.TryGetValue(sessionId, out var old) ? old.Sum(ByteCosts.Outcome) : 0);
            if (memory is not null && growth > 0 && !memory.TryCharge(growth, out full))
            {
                return ScriptWrite.OverBudget;
            }

            if (growth <= 0)
            {
                memory?.Charge(growth);
            }

            _scripts[sessionId] = ImmutableQueue.CreateRange(outcomes);
            return ScriptWrite.Written;
        }
    }

    /// <summary>The session's remaining script, binding a matching script template first; <see langword="null"/> when the session is gone.</summary>
    public IReadOnlyList<LivenessOutcome>? GetScript(SessionRecord session)
    {
        ArgumentNullException.ThrowIfNull(session);
        lock (Gate)
        {
            return !_isLive(session.Id) ? null : Bind(session) is { } script ? [.. script] : [];
        }
    }

    /// <summary>Leaves the session with an empty script, so that no script template binds to it later.</summary>
    /// <returns><see langword="false"/> when the session is gone.</returns>
    public bool TryClearScript(string sessionId)
    {
        lock (Gate)
        {
            if (!_isLive(sessionId))
            {
                return false;
            }

            Drop(sessionId);
            _scripts[sessionId] = ImmutableQueue<LivenessOutcome>.Empty;
            return true;
        }
    }

    /// <summary>How many sessions have a script kept, for tests that check none outlives its session.</summary>
    internal int ScriptCount
    {
        get
        {
            lock (Gate)
            {
                return _scripts.Count;
            }
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

        // A session that is gone must neither keep a script nor use up one of a template's sessions.
        var template = _templates.FirstOrDefault(t => t.IsActive && t.Match.Matches(session));
        if (template is null || !_isLive(session.Id))
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
}

/// <summary>What became of a script write.</summary>
internal enum ScriptWrite
{
    Written,
    SessionGone,
    OverBudget,
}
