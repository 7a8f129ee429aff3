namespace FaceEmulator.Journal;

/// <summary>A tenant's most recent requests: a bounded queue, oldest dropped first. Thread-safe.</summary>
internal sealed class RequestJournal
{
    private readonly Lock _lock = new();
    private readonly Queue<JournalEntry> _entries = new();
    private long _sequence;

    /// <summary>The next sequence number, taken when a request starts so entries keep arrival order.</summary>
    public long NextSequence() => Interlocked.Increment(ref _sequence);

    /// <param name="capacity">Passed per call so the tenant needs no options; it is the same on every call.</param>
    public void Add(JournalEntry entry, int capacity)
    {
        lock (_lock)
        {
            _entries.Enqueue(entry);
            while (_entries.Count > capacity)
            {
                _entries.Dequeue();
            }
        }
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
            _entries.Clear();
        }
    }
}
