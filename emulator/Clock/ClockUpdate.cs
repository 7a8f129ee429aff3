using System.Globalization;
using System.Xml;

namespace FaceEmulator.Clock;

/// <summary>The body of <c>POST /__admin/clock</c>, and a tenant's <c>clock</c> section in a scenario file.</summary>
/// <param name="Set">An ISO-8601 instant, e.g. <c>2024-01-01T00:00:00Z</c>; without an offset it is read as UTC.</param>
/// <param name="Advance">An ISO-8601 duration, e.g. <c>PT11M</c> or <c>P2D</c>; <c>-PT1M</c> moves back.</param>
/// <param name="Freeze"><see langword="true"/> stops the clock, <see langword="false"/> lets it run again.</param>
internal sealed record ClockUpdate(string? Set = null, string? Advance = null, bool? Freeze = null)
{
    // Far enough from DateTimeOffset's limits that arithmetic on the result (token expiry, the 48 h
    // session lifetime) can never overflow into a 500.
    public static readonly DateTimeOffset Earliest = new(1970, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Latest = new(9000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly TimeSpan MaxAdvance = TimeSpan.FromDays(365 * 500);

    /// <summary>Checks every field before anything changes, so a bad request leaves the clock as it was.</summary>
    public (ClockChange? Change, string? Error) Parse()
    {
        if (Set is null && Advance is null && Freeze is null)
        {
            return (null, "Specify at least one of 'set', 'advance' or 'freeze'.");
        }

        DateTimeOffset? set = null;
        if (Set is not null)
        {
            if (!DateTimeOffset.TryParse(Set, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
            {
                return (null, $"'set' must be an ISO-8601 instant such as 2024-01-01T00:00:00Z, not '{Set}'.");
            }

            set = instant.ToUniversalTime();
            if (set < Earliest || set > Latest)
            {
                return (null, $"'set' must be between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}.");
            }
        }

        TimeSpan? advance = null;
        if (Advance is not null)
        {
            try
            {
                advance = XmlConvert.ToTimeSpan(Advance);
            }
            catch (Exception ex) when (ex is FormatException or OverflowException)
            {
                return (null, $"'advance' must be an ISO-8601 duration such as PT11M or P2D, not '{Advance}'.");
            }

            if (advance > MaxAdvance || advance < -MaxAdvance)
            {
                return (null, "'advance' must be within 500 years either way.");
            }
        }

        return (new ClockChange(set, advance, Freeze), null);
    }
}

/// <summary>A validated clock change.</summary>
internal sealed record ClockChange(DateTimeOffset? Set, TimeSpan? Advance, bool? Freeze)
{
    /// <summary>Where the clock would land from <paramref name="now"/>; an error when outside the supported range.</summary>
    public string? CheckFrom(DateTimeOffset now)
    {
        var target = (Set ?? now) + (Advance ?? TimeSpan.Zero);
        return target < ClockUpdate.Earliest || target > ClockUpdate.Latest
            ? $"The clock would land on {target:O}, outside {ClockUpdate.Earliest:yyyy-MM-dd} to {ClockUpdate.Latest:yyyy-MM-dd}."
            : null;
    }

    /// <summary>
    /// Freeze or unfreeze first, then set, then advance: <c>{"set":X,"freeze":true}</c> stops exactly at X,
    /// and <c>{"set":X,"advance":"PT1M"}</c> lands at X + 1 minute.
    /// </summary>
    public void ApplyTo(VirtualClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (Freeze == true)
        {
            clock.Freeze();
        }
        else if (Freeze == false)
        {
            clock.Unfreeze();
        }

        if (Set is { } instant)
        {
            clock.Set(instant);
        }

        if (Advance is { } by)
        {
            clock.Advance(by);
        }
    }
}
