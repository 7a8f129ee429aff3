using FaceEmulator.Sessions;

namespace FaceEmulator.Decisions;

/// <summary>
/// What one liveness attempt ends in: a decision (<c>realface</c>, <c>spoofface</c>, <c>uncertain</c>)
/// or an attempt-level error, never both, plus what the service reports alongside it.
/// </summary>
internal sealed record LivenessOutcome
{
    /// <summary>The catalogue name this outcome came from, if any (shown back by the admin API).</summary>
    public string? Scenario { get; init; }

    /// <summary>Lower-case <c>LivenessDecision</c>; null when <see cref="Error"/> is set.</summary>
    public string? Decision { get; init; }

    public AttemptError? Error { get; init; }

    /// <summary>0..1, rounded to 8 decimals as Azure prints it; used by with-verify sessions only.</summary>
    public double? MatchConfidence { get; init; }

    /// <summary>Null means the face of the frame (the sent image's, or the synthetic frame's).</summary>
    public FaceRectangle? FaceRectangle { get; init; }

    /// <summary>The <c>latencyInMilliseconds</c> reported in audit entries; nothing is actually delayed.</summary>
    public int? LatencyInMilliseconds { get; init; }

    public bool IsError => Error is not null;
}
