using System.Collections.Concurrent;
using FaceEmulator.Tenancy;
using FaceEmulator.Versions;

namespace FaceEmulator.Sessions;

/// <summary>
/// One tenant's sessions, at most a capacity of them. Lock-free: updates are compare-and-swap on immutable
/// records; the count is kept apart because <see cref="ConcurrentDictionary{TKey,TValue}.Count"/> takes every lock.
/// </summary>
/// <param name="removed">Told the id of every session that leaves, deleted or evicted, so state kept beside it can go too.</param>
/// <param name="memory">The tenant's budget, charged with each session's estimated bytes while it is held; null counts nothing.</param>
internal sealed partial class SessionStore(Action<string>? removed = null, MemoryBudget? memory = null)
{
    private readonly ConcurrentDictionary<string, SessionRecord> _sessions = new(StringComparer.Ordinal);
    private readonly Lock _evictionLock = new();
    private int _count;

    // No session expires before this instant (UTC ticks), so a full store need not be scanned before it:
    // without it every refused create would scan every session under the lock.
    private long _earliestExpiry = long.MaxValue;

    public int Count => Volatile.Read(ref _count);

    /// <summary>Adds a session unless the store holds <paramref name="capacity"/> of them even after evicting expired ones.</summary>
    /// <returns><see langword="false"/> when the store is full.</returns>
    public bool TryAdd(SessionRecord session, int capacity, DateTimeOffset now) => TryAdd(session, capacity, now, out _);

    /// <summary>
    /// Adds a session unless the store holds <paramref name="capacity"/> of them, or the session does not fit the
    /// memory budget (then <paramref name="full"/> is the budget that is full), even after evicting expired ones.
    /// </summary>
    public bool TryAdd(SessionRecord session, int capacity, DateTimeOffset now, out MemoryBudget? full)
    {
        ArgumentNullException.ThrowIfNull(session);
        var cost = ByteCosts.Session(session);
        if (!TryCharge(cost, now, out full))
        {
            return false;
        }

        if (!TryAddCounted(session, capacity, now))
        {
            memory?.Refund(cost);
            return false;
        }

        return true;
    }

    private bool TryAddCounted(SessionRecord session, int capacity, DateTimeOffset now)
    {
        if (!TryReserve(capacity))
        {
            if (now.UtcTicks < Volatile.Read(ref _earliestExpiry))
            {
                return false;
            }

            lock (_evictionLock)
            {
                // Only one request scans; the others find the room it made, or a full store.
                if (!TryReserve(capacity) && (EvictExpired(now) == 0 || !TryReserve(capacity)))
                {
                    return false;
                }
            }
        }

        if (!_sessions.TryAdd(session.Id, session))
        {
            // A session with this id already exists: nothing new is held.
            Interlocked.Decrement(ref _count);
            memory?.Refund(ByteCosts.Session(session));
            return true;
        }

        // The virtual clock can be set back, so a new session may expire before the older ones.
        var expiry = session.ExpiresAt.UtcTicks;
        var earliest = Volatile.Read(ref _earliestExpiry);
        while (expiry < earliest)
        {
            var seen = Interlocked.CompareExchange(ref _earliestExpiry, expiry, earliest);
            if (seen == earliest)
            {
                break;
            }

            earliest = seen;
        }

        return true;
    }

    /// <summary>Finds a session of the given kind and family; anything else is "not found", as in Azure.</summary>
    public SessionRecord? Find(string id, SessionKind kind, ApiFamily family) =>
        _sessions.TryGetValue(id, out var session) && session.Kind == kind && session.Family == family ? session : null;

    /// <summary>Finds a session by id alone (device-side calls carry only the id in their token).</summary>
    public SessionRecord? Find(string id) => _sessions.GetValueOrDefault(id);

    /// <summary>Applies <paramref name="update"/> atomically; retries if another request changed the session meanwhile.</summary>
    public SessionRecord? Update(string id, Func<SessionRecord, SessionRecord> update)
    {
        while (_sessions.TryGetValue(id, out var current))
        {
            var next = update(current);
            if (ReferenceEquals(next, current))
            {
                return next;
            }

            if (_sessions.TryUpdate(id, next, current))
            {
                // Admitted by the caller (an attempt checks for room first); a start changes a few characters.
                memory?.Charge(ByteCosts.Session(next) - ByteCosts.Session(current));
                return next;
            }
        }

        return null;
    }

    public bool Remove(string id, SessionKind kind, ApiFamily family)
    {
        // Retried like Update: a concurrent update replaces the record, and removal must not then say "not found".
        while (Find(id, kind, family) is { } session)
        {
            if (_sessions.TryRemove(new KeyValuePair<string, SessionRecord>(id, session)))
            {
                Interlocked.Decrement(ref _count);
                memory?.Refund(ByteCosts.Session(session));
                removed?.Invoke(id);
                return true;
            }
        }

        return false;
    }

    /// <summary>Every session, oldest first (the admin session list).</summary>
    public IReadOnlyList<SessionRecord> All() => [.. _sessions.Values.OrderBy(s => s.CreatedAt).ThenBy(s => s.Id, StringComparer.Ordinal)];

    /// <summary>Sessions with an id greater than <paramref name="start"/>, ascending by id in ordinal order (recordings README, fact 12).</summary>
    public IReadOnlyList<SessionRecord> List(SessionKind kind, ApiFamily family, string? start, int top) =>
        [.. _sessions.Values
            .Where(s => s.Kind == kind && s.Family == family && (start is null || string.CompareOrdinal(s.Id, start) > 0))
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .Take(top)];
}
