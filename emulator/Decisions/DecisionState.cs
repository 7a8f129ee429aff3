using System.Collections.Immutable;
using FaceEmulator.Tenancy;

namespace FaceEmulator.Decisions;

/// <summary>
/// One tenant's scripts and rules. <see cref="Gate"/> serialises deciding and recording attempts, so a
/// script entry or a rule's <c>times</c> is consumed exactly once even under parallel attempts. Scripts and
/// rules are charged to the tenant's <see cref="MemoryBudget"/> while they are held.
/// </summary>
/// <param name="isLive">
/// Whether a session is in the store. Scripts are written only after asking it under <see cref="Gate"/>; a
/// session's removal takes the gate afterwards (<see cref="Forget"/>), so no script outlives its session.
/// </param>
/// <param name="memory">The tenant's budget; null counts nothing (unit tests).</param>
internal sealed partial class DecisionState(Func<string, bool> isLive, MemoryBudget? memory = null)
{
    public const int MaxScriptLength = 100;
    public const int MaxScriptTemplates = 100;

    private readonly Dictionary<string, ImmutableQueue<LivenessOutcome>> _scripts = new(StringComparer.Ordinal);
    private readonly Func<string, bool> _isLive = isLive;
    private ImmutableList<ScriptTemplate> _templates = [];

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
