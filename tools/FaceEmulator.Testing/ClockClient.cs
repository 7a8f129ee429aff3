using System.Globalization;
using System.Xml;

namespace FaceEmulator.Testing;

/// <summary>The tenant's virtual clock (<c>/__admin/clock</c>): token TTLs, the 48 h expiry, timestamps and <c>Date</c> read it.</summary>
public sealed class ClockClient
{
    private const string Path = "/__admin/clock";
    private readonly AdminTransport _transport;

    internal ClockClient(AdminTransport transport) => _transport = transport;

    public Task<ClockState> GetAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync<ClockState>(HttpMethod.Get, Path, null, cancellationToken);

    /// <summary>Moves the clock by <paramref name="by"/> (negative moves back), e.g. past a token's TTL.</summary>
    public Task<ClockState> AdvanceAsync(TimeSpan by, CancellationToken cancellationToken = default) =>
        UpdateAsync(new ClockChange { Advance = by }, cancellationToken);

    /// <summary>Sets the clock to <paramref name="instant"/>; <paramref name="freeze"/> also stops (or restarts) it there.</summary>
    public Task<ClockState> SetAsync(DateTimeOffset instant, bool? freeze = null, CancellationToken cancellationToken = default) =>
        UpdateAsync(new ClockChange { Set = instant, Freeze = freeze }, cancellationToken);

    /// <summary>Stops the clock until it is set, advanced or unfrozen.</summary>
    public Task<ClockState> FreezeAsync(CancellationToken cancellationToken = default) =>
        UpdateAsync(new ClockChange { Freeze = true }, cancellationToken);

    public Task<ClockState> UnfreezeAsync(CancellationToken cancellationToken = default) =>
        UpdateAsync(new ClockChange { Freeze = false }, cancellationToken);

    /// <summary>Several changes in one call, applied as freeze/unfreeze, then set, then advance.</summary>
    public Task<ClockState> UpdateAsync(ClockChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var body = new Dictionary<string, object>();
        if (change.Freeze is { } freeze)
        {
            body["freeze"] = freeze;
        }

        if (change.Set is { } set)
        {
            body["set"] = set.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
        }

        if (change.Advance is { } advance)
        {
            body["advance"] = XmlConvert.ToString(advance);
        }

        return _transport.SendAsync<ClockState>(HttpMethod.Post, Path, body, cancellationToken);
    }
}

/// <summary>A clock change; any combination of members.</summary>
public sealed record ClockChange
{
    public DateTimeOffset? Set { get; init; }

    public TimeSpan? Advance { get; init; }

    public bool? Freeze { get; init; }
}

/// <summary>The tenant's virtual time and whether it stands still.</summary>
public sealed record ClockState(DateTimeOffset Now, bool Frozen);
