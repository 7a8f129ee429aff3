namespace FaceEmulator.Sessions.Wire;

// Classic shape (v1.1-preview.1, v1.2-preview.1). Property order follows the recordings
// (recordings README, facts 8-12), which differs from the order in Face.json.

/// <summary>CreateLivenessSessionResult / CreateLivenessWithVerifySessionResult.</summary>
internal sealed record ClassicCreateResult(LivenessWithVerifyImage? VerifyImage, string SessionId, string AuthToken);

/// <summary>LivenessWithVerifyImage: the face found in the reference image.</summary>
internal sealed record LivenessWithVerifyImage(FaceRectangle FaceRectangle, string QualityForRecognition);

/// <summary>LivenessSession / LivenessWithVerifySession, classic shape.</summary>
internal sealed record ClassicSession(
    string Status,
    AuditEntry? Result,
    string Id,
    DateTimeOffset CreatedDateTime,
    int AuthTokenTimeToLiveInSeconds,
    DateTimeOffset? SessionStartDateTime,
    string? DeviceCorrelationId,
    bool SessionExpired);

/// <summary>LivenessSessionItem: a list element. No status, as recorded.</summary>
internal sealed record ClassicSessionItem(
    string Id,
    DateTimeOffset CreatedDateTime,
    int AuthTokenTimeToLiveInSeconds,
    DateTimeOffset? SessionStartDateTime,
    string? DeviceCorrelationId,
    bool SessionExpired);

/// <summary>LivenessSessionAuditEntry.</summary>
internal sealed record AuditEntry(
    long Id,
    string SessionId,
    string RequestId,
    string ClientRequestId,
    DateTimeOffset ReceivedDateTime,
    AuditRequestInfo Request,
    AuditResponseInfo Response,
    string Digest,
    string? SessionImageId,
    string? VerifyImageHash);

internal sealed record AuditRequestInfo(string Url, string Method, long? ContentLength, string ContentType, string? UserAgent);

internal sealed record AuditResponseInfo(LivenessResponseBody Body, int StatusCode, long LatencyInMilliseconds);

/// <summary>The body the device-side call returned; every member is optional.</summary>
internal sealed record LivenessResponseBody(
    string? LivenessDecision,
    LivenessOutputsTarget? Target,
    string? ModelVersionUsed,
    ClassicVerifyResult? VerifyResult);

internal sealed record LivenessOutputsTarget(FaceRectangle FaceRectangle, string FileName, int TimeOffsetWithinFile, string ImageType);

internal sealed record ClassicVerifyResult(LivenessWithVerifyImage VerifyImage, double MatchConfidence, bool IsIdentical);
