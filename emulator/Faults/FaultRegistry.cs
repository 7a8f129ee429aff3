using System.Collections.Immutable;
using FaceEmulator.Determinism;
using FaceEmulator.Tenancy;

namespace FaceEmulator.Faults;

/// <summary>
/// A tenant's fault rules, in the order they were added. Thread-safe: writers swap an immutable list under
/// the lock, so every Face request reads the rules without copying them. Rules are charged to the tenant's
/// <see cref="MemoryBudget"/> (null: counted nowhere) while they are held.
/// </summary>
internal sealed class FaultRegistry(MemoryBudget? memory = null)
{
    public const int MaxRules = 100;

    private readonly Lock _lock = new();
    private ImmutableList<FaultEntry> _entries = [];
    private int _lastId;

    /// <returns>
    /// The entry, or <see langword="null"/> when the tenant already has <see cref="MaxRules"/> (<paramref name="full"/>
    /// null) or the rule does not fit the memory budget (<paramref name="full"/> the budget that is full).
    /// </returns>
    public FaultEntry? Add(FaultRule rule, out MemoryBudget? full)
    {
        ArgumentNullException.ThrowIfNull(rule);
        full = null;
        lock (_lock)
        {
            if (_entries.Count >= MaxRules)
            {
                return null;
            }

            // Counted per tenant rather than drawn from IIdGenerator: adding a fault must not shift the
            // session ids a deterministic test expects.
            var entry = new FaultEntry(rule with { Id = $"fault-{_lastId + 1}" });
            if (memory is not null && !memory.TryCharge(ByteCosts.Fault(entry.Rule), out full))
            {
                return null;
            }

            _lastId++;
            _entries = _entries.Add(entry);
            return entry;
        }
    }

    public IReadOnlyList<FaultEntry> List() => Volatile.Read(ref _entries);

    public bool Remove(string id)
    {
        lock (_lock)
        {
            var removed = _entries.Where(e => e.Rule.Id == id).ToList();
            _entries = _entries.RemoveAll(e => e.Rule.Id == id);
            memory?.Refund(removed.Sum(e => ByteCosts.Fault(e.Rule)));
            return removed.Count > 0;
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            memory?.Refund(_entries.Sum(e => ByteCosts.Fault(e.Rule)));
            _entries = [];
        }
    }

    /// <summary>
    /// Every matching latency-only rule adds its delay; the first matching rule with a status ends the
    /// request. A rule counts as hit only when its probability draw succeeds, and only hits use up its count.
    /// </summary>
    public FaultDecision Evaluate(string operation, string apiVersion, IRandomSource random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var latency = 0;
        foreach (var entry in List())
        {
            var rule = entry.Rule;
            if (!rule.Matches(operation, apiVersion) || !Draw(rule.Probability, random) || !entry.TryConsume())
            {
                continue;
            }

            if (entry.IsSpent)
            {
                Remove(rule.Id);
            }

            latency += rule.LatencyMs;
            if (rule.Status is not null)
            {
                return new FaultDecision(TimeSpan.FromMilliseconds(latency), rule);
            }
        }

        return new FaultDecision(TimeSpan.FromMilliseconds(latency), null);
    }

    // 0 and 1 need no draw; skipping it keeps the tenant's random sequence (and seeded ids) unchanged.
    private static bool Draw(double probability, IRandomSource random) => probability switch
    {
        >= 1 => true,
        <= 0 => false,
        _ => random.NextDouble() < probability,
    };
}

/// <summary>What the fault rules decided for one request.</summary>
/// <param name="Fault">The rule whose error to return, or <see langword="null"/> to let the request through.</param>
internal sealed record FaultDecision(TimeSpan Latency, FaultRule? Fault);
