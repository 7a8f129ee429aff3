using System.Collections.Immutable;
using FaceEmulator.Versions;

namespace FaceEmulator.Sessions;

/// <summary>A liveness session as the emulator stores it: immutable, changed with <c>with</c>.</summary>
internal sealed record SessionRecord
{
    /// <summary>"It will expire 48 hours after it was created" (sessionId description, Face.json).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(48);

    public required string Id { get; init; }

    public required SessionKind Kind { get; init; }

    /// <summary>Sessions are visible from every version of the family they were created in.</summary>
    public required ApiFamily Family { get; init; }

    public required string CreatedInVersion { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required SessionParameters Parameters { get; init; }

    /// <summary>Set only on the record a create answers with; stored sessions hold an empty string.</summary>
    public required string AuthToken { get; init; }

    public required bool IsAbuseMonitoringEnabled { get; init; }

    /// <summary>The face found in the reference image; null for liveness sessions and JSON-created with-verify ones.</summary>
    public VerifyReference? VerifyImage { get; init; }

    /// <summary>When the device side called session/start (classic <c>sessionStartDateTime</c>).</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>Oldest first; views reverse it where Azure lists newest first.</summary>
    public ImmutableList<AttemptRecord> Attempts { get; init; } = [];

    public DateTimeOffset TokenExpiresAt => CreatedAt.AddSeconds(Parameters.AuthTokenTimeToLiveInSeconds);

    public DateTimeOffset ExpiresAt => CreatedAt + Lifetime;

    public bool IsExpiredAt(DateTimeOffset now) => now >= ExpiresAt;

    public AttemptRecord? LatestAttempt => Attempts.IsEmpty ? null : Attempts[^1];
}
