namespace FaceEmulator.Tenancy;

/// <summary>
/// An approximate byte count of what one tenant (or, without a parent, the whole emulator) holds, with a limit.
/// What is stored is charged when it is stored and refunded when it leaves; the costs are estimates
/// (<see cref="ByteCosts"/>), good enough to bound memory, not to measure it. A tenant's budget is closed
/// when the tenant is forgotten: its bytes go back to the parent at once, and late charges by requests still
/// holding the forgotten tenant are not counted (what they store goes with the tenant).
/// </summary>
internal sealed class MemoryBudget(long limit, MemoryBudget? parent = null)
{
    private readonly Lock _lock = new();
    private long _used;
    private bool _closed;

    public long Limit => limit;

    /// <summary>The emulator-wide budget, as opposed to a tenant's.</summary>
    public bool IsTotal => parent is null;

    public long Used
    {
        get
        {
            lock (_lock)
            {
                return _used;
            }
        }
    }

    /// <summary>
    /// What may be dropped to make room, oldest first (the tenant's request journal): called with the bytes wanted,
    /// it returns the bytes it freed. Called without this budget's lock held.
    /// </summary>
    public Func<long, long>? Reclaim { get; set; }

    /// <summary>
    /// Whether <paramref name="bytes"/> more fit this budget and its parent, after reclaiming if either is full;
    /// if not, <paramref name="full"/> is the one that is full.
    /// </summary>
    public bool HasRoomFor(long bytes, out MemoryBudget? full) =>
        Fits(bytes, out full) || (full is not null && Reclaim is { } reclaim && reclaim(bytes) > 0 && Fits(bytes, out full));

    /// <summary>
    /// Charges <paramref name="bytes"/> unless this budget or its parent would pass its limit (then <paramref name="full"/>),
    /// reclaiming first if either is full and <paramref name="reclaim"/> allows.
    /// </summary>
    public bool TryCharge(long bytes, out MemoryBudget? full, bool reclaim = true) =>
        TryChargeOnce(bytes, out full)
        || (reclaim && full is not null && Reclaim is { } reclaimer && reclaimer(bytes) > 0 && TryChargeOnce(bytes, out full));

    private bool Fits(long bytes, out MemoryBudget? full)
    {
        lock (_lock)
        {
            full = _closed ? null : _used + bytes > limit ? this : null;
            if (full is null && !_closed && parent is not null)
            {
                parent.Fits(bytes, out full);
            }

            return full is null;
        }
    }

    private bool TryChargeOnce(long bytes, out MemoryBudget? full)
    {
        lock (_lock)
        {
            full = null;
            if (_closed)
            {
                return true;
            }

            if (_used + bytes > limit)
            {
                full = this;
                return false;
            }

            if (parent is not null && !parent.TryChargeOnce(bytes, out full))
            {
                return false;
            }

            _used += bytes;
            return true;
        }
    }

    /// <summary>
    /// Charges (or, negative, refunds) <paramref name="bytes"/> even past the limit: for changes a
    /// <see cref="HasRoomFor"/> check already admitted, for small changes to what is stored, and for refunds.
    /// </summary>
    public void Charge(long bytes)
    {
        lock (_lock)
        {
            if (_closed || bytes == 0)
            {
                return;
            }

            _used += bytes;
            parent?.Charge(bytes);
        }
    }

    public void Refund(long bytes) => Charge(-bytes);

    /// <summary>Gives everything back to the parent and stops counting (the tenant is forgotten).</summary>
    public void Close()
    {
        lock (_lock)
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
            parent?.Charge(-_used);
            _used = 0;
        }
    }
}
