using FaceEmulator.Tenancy;

namespace FaceEmulator.Journal;

/// <summary>
/// A tenant's most recent requests: a bounded queue, oldest dropped first, also when the tenant's
/// <see cref="MemoryBudget"/> (null: counted nowhere) has no room for a new entry or for anything else
/// (<see cref="Shed"/>, its <see cref="MemoryBudget.Reclaim"/>). Thread-safe.
/// </summary>
internal sealed class RequestJournal(MemoryBudget? memory = null)
{
    private readonly Lock _lock = new();
    private readonly Queue<JournalEntry> _entries = new();
    private long _sequence;

    /// <summary>The next sequence number, taken when a request starts so entries keep arrival order.</summary>
    public long NextSequence() => Interlocked.Increment(ref _sequence);

    /// <param name="capacity">Passed per call so the tenant needs no options; it is the same on every call.</param>
    public void Add(JournalEntry entry, int capacity)
    {
        var cost = ByteCosts.JournalEntry(entry);
        lock (_lock)
        {
            while (_entries.Count >= capacity)
            {
                DropOldest();
            }

            while (memory is not null && !memory.TryCharge(cost, out _, reclaim: false))
            {
                if (_entries.Count == 0)
                {
                    // The newest request is always kept; at most this one entry stands over the budget.
                    memory.Charge(cost);
                    break;
                }

                DropOldest();
            }

            _entries.Enqueue(entry);
        }
    }

    /// <summary>Drops the oldest entries until <paramref name="bytes"/> are freed or none is left; returns the bytes freed.</summary>
    public long Shed(long bytes)
    {
        var freed = 0L;
        lock (_lock)
        {
            while (freed < bytes && _entries.Count > 0)
            {
                freed += DropOldest();
            }
        }

        return freed;
    }

    /// <summary>Newest first, as WireMock lists its journal.</summary>
    public IReadOnlyList<JournalEntry> List()
    {
        lock (_lock)
        {
            return [.. _entries.OrderByDescending(e => e.Sequence)];
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            while (_entries.Count > 0)
            {
                DropOldest();
            }
        }
    }

    private long DropOldest()
    {
        var cost = ByteCosts.JournalEntry(_entries.Dequeue());
        memory?.Refund(cost);
        return cost;
    }
}
