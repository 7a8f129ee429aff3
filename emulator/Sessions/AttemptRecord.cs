namespace FaceEmulator.Sessions;

/// <summary>One liveness attempt made by the device side, as both API families report it.</summary>
internal sealed record AttemptRecord
{
    /// <summary>Starts at 1, per session.</summary>
    public required int AttemptId { get; init; }

    /// <summary>OperationState: Running, Succeeded or Failed.</summary>
    public required string Status { get; init; }

    /// <summary>realface, spoofface or uncertain; null when the attempt ended in <see cref="Error"/>.</summary>
    public string? LivenessDecision { get; init; }

    public AttemptError? Error { get; init; }

    public required FaceRectangle Target { get; init; }

    public VerifyOutcome? Verify { get; init; }

    public required string Digest { get; init; }

    public string? SessionImageId { get; init; }

    public required string ModelVersionUsed { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public required AuditRequest Request { get; init; }

    /// <summary>The status code the device-side call was answered with (200 or 204).</summary>
    public required int ResponseStatusCode { get; init; }

    public required int LatencyInMilliseconds { get; init; }

    public string? ClientIp { get; init; }
}

/// <summary>An attempt-level failure such as <c>FaceWithMaskDetected</c>; not an HTTP error.</summary>
internal sealed record AttemptError(string Code, string Message);

internal sealed record VerifyOutcome(double MatchConfidence, bool IsIdentical);

/// <summary>What the audit log keeps of the device-side request.</summary>
internal sealed record AuditRequest(
    string RequestId,
    string ClientRequestId,
    string Url,
    string Method,
    long? ContentLength,
    string ContentType,
    string? UserAgent);
