namespace FaceEmulator.Sessions.Wire;

// Attempts shape (v1.2, v1.3-preview.1). Property order follows the recordings
// (recordings README, facts 14-16).

/// <summary>LivenessSession / LivenessWithVerifySession, attempts shape.</summary>
internal sealed record AttemptsSession(
    string SessionId,
    string AuthToken,
    string Status,
    string? ModelVersion,
    bool? IsAbuseMonitoringEnabled,
    string? ExpectedClientIpAddress,
    SessionResults Results);

/// <summary>LivenessSessionResults; <see cref="VerifyReferences"/> only for with-verify sessions.</summary>
internal sealed record SessionResults(IReadOnlyList<SessionAttempt> Attempts, IReadOnlyList<VerifyReferenceModel>? VerifyReferences);

internal sealed record SessionAttempt(
    int AttemptId,
    string AttemptStatus,
    AttemptResult? Result,
    AttemptErrorModel? Error,
    IReadOnlyList<ClientInformation>? ClientInformation,
    AbuseMonitoringResult? AbuseMonitoringResult);

internal sealed record AttemptResult(
    string? LivenessDecision,
    DecisionTargets Targets,
    string Digest,
    string? SessionImageId,
    VerifyResultModel? VerifyResult,
    string? VerifyImageHash);

internal sealed record DecisionTargets(ColorTarget Color);

internal sealed record ColorTarget(FaceRectangle FaceRectangle);

internal sealed record VerifyResultModel(double MatchConfidence, bool IsIdentical);

internal sealed record AttemptErrorModel(string Code, string Message, DecisionTargets Targets);

internal sealed record ClientInformation(string Ip);

internal sealed record AbuseMonitoringResult(bool IsAbuseDetected, IReadOnlyList<OtherFlaggedSession> OtherFlaggedSessions);

internal sealed record OtherFlaggedSession(int AttemptId, string SessionId, string? SessionImageId);

/// <summary>LivenessWithVerifyReference.</summary>
internal sealed record VerifyReferenceModel(string? ReferenceType, FaceRectangle FaceRectangle, string QualityForRecognition);
