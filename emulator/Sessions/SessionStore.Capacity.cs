using FaceEmulator.Tenancy;

namespace FaceEmulator.Sessions;

/// <summary>How a <see cref="SessionStore"/> makes room: counting, charging the budget, evicting expired sessions.</summary>
internal sealed partial class SessionStore
{
    private bool TryCharge(long cost, DateTimeOffset now, out MemoryBudget? full)
    {
        full = null;
        if (memory is null || memory.TryCharge(cost, out full))
        {
            return true;
        }

        // A full budget makes room the way a full store does: by evicting expired sessions, and nothing else.
        if (now.UtcTicks < Volatile.Read(ref _earliestExpiry))
        {
            return false;
        }

        lock (_evictionLock)
        {
            return memory.TryCharge(cost, out full) || (EvictExpired(now) > 0 && memory.TryCharge(cost, out full));
        }
    }

    private bool TryReserve(int capacity)
    {
        var count = Volatile.Read(ref _count);
        while (count < capacity)
        {
            var seen = Interlocked.CompareExchange(ref _count, count + 1, count);
            if (seen == count)
            {
                return true;
            }

            count = seen;
        }

        return false;
    }

    /// <summary>Removes every session past its 48-hour lifetime; returns how many. Called under the eviction lock.</summary>
    private int EvictExpired(DateTimeOffset now)
    {
        var evicted = 0;
        var earliest = long.MaxValue;
        foreach (var (id, session) in _sessions)
        {
            if (session.IsExpiredAt(now) && _sessions.TryRemove(new KeyValuePair<string, SessionRecord>(id, session)))
            {
                Interlocked.Decrement(ref _count);
                memory?.Refund(ByteCosts.Session(session));
                removed?.Invoke(id);
                evicted++;
            }
            else
            {
                earliest = Math.Min(earliest, session.ExpiresAt.UtcTicks);
            }
        }

        // A session added during the scan may be missed here; it expires after the others unless the clock was
        // set back meanwhile, and at worst it is evicted at the next scan.
        Volatile.Write(ref _earliestExpiry, earliest);
        return evicted;
    }
}
