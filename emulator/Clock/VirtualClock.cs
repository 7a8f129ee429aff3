namespace FaceEmulator.Clock;

/// <summary>
/// A tenant's clock: real time shifted by an offset, or frozen at an instant. Setting and advancing it
/// moves every time-based behaviour (token TTL, 48 h session expiry, timestamps, the Date header),
/// because expiry is computed when read, never by timers.
/// </summary>
internal sealed class VirtualClock : TimeProvider
{
    private readonly TimeProvider _baseTime;
    private readonly Lock _lock = new();
    private TimeSpan _offset;
    private DateTimeOffset? _frozenAt;

    public VirtualClock(TimeProvider baseTime, DateTimeOffset? start, bool frozen)
    {
        _baseTime = baseTime;
        var now = baseTime.GetUtcNow();
        _offset = start is { } s ? s - now : TimeSpan.Zero;
        _frozenAt = frozen ? now + _offset : null;
    }

    public bool IsFrozen
    {
        get
        {
            lock (_lock)
            {
                return _frozenAt is not null;
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _frozenAt ?? _baseTime.GetUtcNow() + _offset;
        }
    }

    public void Set(DateTimeOffset instant)
    {
        lock (_lock)
        {
            _offset = instant - _baseTime.GetUtcNow();
            if (_frozenAt is not null)
            {
                _frozenAt = instant;
            }
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_lock)
        {
            _offset += by;
            if (_frozenAt is { } at)
            {
                _frozenAt = at + by;
            }
        }
    }

    public void Freeze()
    {
        lock (_lock)
        {
            _frozenAt ??= _baseTime.GetUtcNow() + _offset;
        }
    }

    public void Unfreeze()
    {
        lock (_lock)
        {
            if (_frozenAt is { } at)
            {
                _offset = at - _baseTime.GetUtcNow();
                _frozenAt = null;
            }
        }
    }
}
