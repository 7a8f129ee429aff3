namespace FaceEmulator.Faults;

/// <summary>A rule plus its live counters; the count is used up atomically, so N parallel hits never exceed it.</summary>
internal sealed class FaultEntry(FaultRule rule)
{
    private int _remaining = rule.Count ?? 0;
    private int _injected;

    public FaultRule Rule { get; } = rule;

    /// <summary>Hits left before the rule expires; <see langword="null"/> when unlimited.</summary>
    public int? Remaining => Rule.Count is null ? null : Volatile.Read(ref _remaining);

    /// <summary>How many requests the rule has hit so far.</summary>
    public int Injected => Volatile.Read(ref _injected);

    public bool IsSpent => Rule.Count is not null && Volatile.Read(ref _remaining) <= 0;

    public bool TryConsume()
    {
        if (Rule.Count is not null)
        {
            int remaining;
            do
            {
                remaining = Volatile.Read(ref _remaining);
                if (remaining <= 0)
                {
                    return false;
                }
            }
            while (Interlocked.CompareExchange(ref _remaining, remaining - 1, remaining) != remaining);
        }

        Interlocked.Increment(ref _injected);
        return true;
    }
}
