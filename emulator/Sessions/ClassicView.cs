using FaceEmulator.Sessions.Wire;
using FaceEmulator.Versions;

namespace FaceEmulator.Sessions;

/// <summary>Renders a session in the classic shape (v1.1-preview.1, v1.2-preview.1).</summary>
internal static class ClassicView
{
    public static ClassicCreateResult CreateResult(SessionRecord session) =>
        new(VerifyImage(session.VerifyImage), session.Id, session.AuthToken);

    public static ClassicSession Session(SessionRecord session, ApiVersion version, DateTimeOffset now) => new(
        Status(session),
        session.LatestAttempt is { } latest ? Audit(session, latest, version) : null,
        session.Id,
        session.CreatedAt,
        session.Parameters.AuthTokenTimeToLiveInSeconds,
        session.StartedAt,
        session.Parameters.DeviceCorrelationId,
        session.IsExpiredAt(now));

    public static ClassicSessionItem Item(SessionRecord session, DateTimeOffset now) => new(
        session.Id,
        session.CreatedAt,
        session.Parameters.AuthTokenTimeToLiveInSeconds,
        session.StartedAt,
        session.Parameters.DeviceCorrelationId,
        session.IsExpiredAt(now));

    /// <summary>Audit entries newest first, as recorded (recordings README, fact 11).</summary>
    public static IReadOnlyList<AuditEntry> AuditEntries(SessionRecord session, ApiVersion version, long? start, int top) =>
        [.. session.Attempts
            .Where(a => start is null || a.AttemptId > start)
            .Reverse()
            .Take(top)
            .Select(a => Audit(session, a, version))];

    /// <summary>FaceSessionStatus: NotStarted, then Started once the device began, then ResultAvailable.</summary>
    public static string Status(SessionRecord session) =>
        session.Attempts.Any(a => a.Status != AttemptStatus.Running) ? "ResultAvailable"
        : session.StartedAt is not null || !session.Attempts.IsEmpty ? "Started"
        : "NotStarted";

    private static AuditEntry Audit(SessionRecord session, AttemptRecord attempt, ApiVersion version)
    {
        var request = attempt.Request;
        // sessionImageId and verifyImageHash were added to the audit entry in v1.2-preview.1.
        var extended = version.HasSessionImages;
        return new AuditEntry(
            attempt.AttemptId,
            session.Id,
            request.RequestId,
            request.ClientRequestId,
            attempt.ReceivedAt,
            new AuditRequestInfo(request.Url, request.Method, request.ContentLength, request.ContentType, request.UserAgent),
            new AuditResponseInfo(Body(session, attempt), attempt.ResponseStatusCode, attempt.LatencyInMilliseconds),
            attempt.Digest,
            extended ? attempt.SessionImageId : null,
            extended && session.VerifyImage is { } image && session.Parameters.ReturnVerifyImageHash ? image.Sha256Hex : null);
    }

    private static LivenessResponseBody Body(SessionRecord session, AttemptRecord attempt) =>
        attempt.Error is not null
            ? new LivenessResponseBody(null, null, null, null)
            : new LivenessResponseBody(
                attempt.LivenessDecision,
                new LivenessOutputsTarget(attempt.Target, "video.webp", 0, "Color"),
                attempt.ModelVersionUsed,
                attempt.Verify is { } verify && VerifyImage(session.VerifyImage) is { } image
                    ? new ClassicVerifyResult(image, verify.MatchConfidence, verify.IsIdentical)
                    : null);

    private static LivenessWithVerifyImage? VerifyImage(VerifyReference? reference) =>
        reference is null ? null : new LivenessWithVerifyImage(reference.FaceRectangle, reference.Quality);
}
