using FaceEmulator.Sessions.Wire;
using FaceEmulator.Versions;

namespace FaceEmulator.Sessions;

/// <summary>Renders a session in the attempts shape (v1.2, v1.3-preview.1).</summary>
internal static class AttemptsView
{
    /// <summary>
    /// Create returns the token and the model version; later GETs return <c>authToken: ""</c> and carry
    /// <c>modelVersion</c> only once an attempt has finished, and <c>isAbuseMonitoringEnabled</c> (v1.3)
    /// only on GET (recordings README, facts 14-16).
    /// </summary>
    public static AttemptsSession Session(SessionRecord session, ApiVersion version, bool isCreate)
    {
        var status = Status(session);
        var finished = status is AttemptStatus.Succeeded or AttemptStatus.Failed;
        var isV13 = version.HasClientAttemptSettings;
        return new AttemptsSession(
            session.Id,
            isCreate ? session.AuthToken : string.Empty,
            status,
            isCreate || finished ? session.Parameters.ModelVersion ?? version.DefaultModelVersion : null,
            isV13 && !isCreate ? session.IsAbuseMonitoringEnabled : null,
            isV13 ? session.Parameters.ExpectedClientIpAddress : null,
            new SessionResults(
                [.. session.Attempts.Reverse().Select(a => Attempt(session, a, isV13))],
                session.Kind == SessionKind.LivenessWithVerify ? References(session, status) : null));
    }

    /// <summary>NotStarted until the device starts; then Running; then the latest finished attempt's state.</summary>
    public static string Status(SessionRecord session) => session.LatestAttempt switch
    {
        { Status: not AttemptStatus.Running } latest => latest.Status,
        not null => AttemptStatus.Running,
        null when session.StartedAt is not null => AttemptStatus.Running,
        _ => AttemptStatus.NotStarted,
    };

    private static SessionAttempt Attempt(SessionRecord session, AttemptRecord attempt, bool isV13)
    {
        var targets = new DecisionTargets(new ColorTarget(attempt.Target));
        var result = attempt.Error is null && attempt.Status != AttemptStatus.Running
            ? new AttemptResult(
                attempt.LivenessDecision,
                targets,
                attempt.Digest,
                attempt.SessionImageId,
                attempt.Verify is { } v ? new VerifyResultModel(v.MatchConfidence, v.IsIdentical) : null,
                session.Parameters.ReturnVerifyImageHash ? session.VerifyImage?.Sha256Hex : null)
            : null;
        return new SessionAttempt(
            attempt.AttemptId,
            attempt.Status,
            result,
            attempt.Error is { } e ? new AttemptErrorModel(e.Code, e.Message, targets) : null,
            isV13 && attempt.ClientIp is { } ip ? [new ClientInformation(ip)] : null,
            isV13 && session.IsAbuseMonitoringEnabled ? new AbuseMonitoringResult(false, []) : null);
    }

    // The real service reports referenceType "image", which is not in the ImageType enum (modelAsString), and
    // leaves it out while the session is Running (recordings README, fact 16).
    private static IReadOnlyList<VerifyReferenceModel> References(SessionRecord session, string status) =>
        session.VerifyImage is { } image
            ? [new VerifyReferenceModel(status == AttemptStatus.Running ? null : "image", image.FaceRectangle, image.Quality)]
            : [];
}
