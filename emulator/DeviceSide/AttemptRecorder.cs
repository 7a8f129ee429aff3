using System.Security.Cryptography;
using System.Text;
using FaceEmulator.Decisions;
using FaceEmulator.Errors;
using FaceEmulator.Images;
using FaceEmulator.Sessions;
using FaceEmulator.Telemetry;
using FaceEmulator.Tenancy;
using FaceEmulator.Versions;
using Microsoft.Extensions.Options;

namespace FaceEmulator.DeviceSide;

/// <summary>
/// The one place attempts are made, for device calls and the admin attempt endpoint alike: start the
/// session if needed, check the attempt limit, decide the outcome, append the attempt, store its image.
/// Deciding and appending happen under the tenant's decision gate, so attempt ids are 1, 2, 3… with no
/// gaps or duplicates and a script entry or a rule's <c>times</c> is consumed exactly once.
/// </summary>
internal sealed class AttemptRecorder(DecisionEngine engine, IOptions<DecisionOptions> options, FaceMetrics metrics)
{
    public static (SessionRecord? Session, FaceError? Error) Start(Tenant tenant, string sessionId, string? deviceCorrelationId, string? userCorrelationId)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        lock (tenant.Decisions.Gate)
        {
            var now = tenant.Clock.GetUtcNow();
            if (tenant.Sessions.Find(sessionId) is not { } session || session.IsExpiredAt(now))
            {
                return (null, FaceErrors.SessionNotFound);
            }

            var (started, error) = SessionStarter.Start(session, now, deviceCorrelationId, userCorrelationId, require: true);
            if (started is null)
            {
                return (null, error);
            }

            var updated = tenant.Sessions.Update(sessionId, s => s with { StartedAt = started.StartedAt, Parameters = started.Parameters });
            return updated is null ? (null, FaceErrors.SessionNotFound) : (updated, null);
        }
    }

    public (SessionRecord? Session, AttemptRecord? Attempt, FaceError? Error) Record(Tenant tenant, string sessionId, AttemptRequest request)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(request);

        // The image is made outside the gate: it depends only on the session, and encoding takes a few ms.
        var image = tenant.Sessions.Find(sessionId) is { Parameters.EnableSessionImage: true }
            ? request.Frame ?? SyntheticFrame.Jpeg(sessionId)
            : null;

        lock (tenant.Decisions.Gate)
        {
            var now = tenant.Clock.GetUtcNow();
            if (tenant.Sessions.Find(sessionId) is not { } current || current.IsExpiredAt(now))
            {
                return (null, null, FaceErrors.SessionNotFound);
            }

            var (session, startError) = SessionStarter.Start(current, now, request.DeviceCorrelationId, request.UserCorrelationId, request.RequireCorrelationIds);
            if (session is null)
            {
                return (null, null, startError);
            }

            var allowed = AttemptLimits.For(session);
            if (session.Attempts.Count >= allowed)
            {
                return (null, null, FaceErrors.ClientAttemptsExceeded(allowed));
            }

            var decision = engine.Decide(new LivenessAttempt(session, request.Explicit, tenant.Decisions.PeekScript(session), tenant.Decisions.Rules));
            var attempt = Build(session, decision.Outcome, request, now, imageId: null);
            // Checked before the image id is drawn, so a refusal leaves the tenant's ids as they were.
            if (!tenant.Memory.HasRoomFor(ByteCosts.Attempt(attempt) + (image is null ? 0 : ByteCosts.Image(image)), out var full))
            {
                return (null, null, FaceErrors.MemoryLimitReached(full!.IsTotal, full.Limit));
            }

            var imageId = image is null ? null : tenant.Ids.NewSessionImageId();
            attempt = attempt with { SessionImageId = imageId };
            var updated = tenant.Sessions.Update(sessionId, s => s with
            {
                StartedAt = session.StartedAt,
                Parameters = session.Parameters,
                Attempts = s.Attempts.Add(attempt),
            });
            if (updated is null)
            {
                return (null, null, FaceErrors.SessionNotFound);
            }

            tenant.Decisions.Consume(sessionId, decision);
            metrics.AttemptDecided(tenant, attempt);
            if (imageId is not null)
            {
                // The attempt's face is the face detect later finds in the image (Images/Detection).
                tenant.SessionImages.Add(imageId, new SessionImage(image!, attempt.Target));
            }

            return (updated, attempt, null);
        }
    }

    private AttemptRecord Build(SessionRecord session, LivenessOutcome outcome, AttemptRequest request, DateTimeOffset now, string? imageId)
    {
        var attemptId = session.Attempts.Count + 1;
        var modelVersion = session.Parameters.ModelVersion
            ?? (ApiVersion.TryFind(session.CreatedInVersion, out var version) ? version.DefaultModelVersion : ApiVersion.Newest.DefaultModelVersion);
        VerifyOutcome? verify = null;
        if (session.Kind == SessionKind.LivenessWithVerify && !outcome.IsError)
        {
            var confidence = Math.Round(outcome.MatchConfidence ?? ScenarioCatalog.IdenticalConfidence, 8);
            var threshold = session.Parameters.VerifyConfidenceThreshold ?? options.Value.DefaultVerifyConfidenceThreshold;
            verify = new VerifyOutcome(confidence, confidence >= threshold);
        }

        return new AttemptRecord
        {
            AttemptId = attemptId,
            Status = outcome.IsError ? AttemptStatus.Failed : AttemptStatus.Succeeded,
            LivenessDecision = outcome.Decision,
            Error = outcome.Error,
            Target = outcome.FaceRectangle ?? request.FrameFace ?? SyntheticFrame.Face,
            Verify = verify,
            Digest = Digest(request.Body, session.Id, attemptId),
            SessionImageId = imageId,
            ModelVersionUsed = modelVersion,
            ReceivedAt = now,
            Request = request.Audit,
            // Classic sessions answer the device 200 with the result only when sendResultsToClient was set.
            ResponseStatusCode = session.Parameters.SendResultsToClient ? StatusCodes.Status200OK : StatusCodes.Status204NoContent,
            LatencyInMilliseconds = outcome.LatencyInMilliseconds ?? ScenarioCatalog.DefaultLatencyInMilliseconds,
            ClientIp = request.ClientIp,
        };
    }

    /// <summary>64 upper-case hex characters (recordings README, fact 19): SHA-256 of the body, the session id and the attempt id.</summary>
    private static string Digest(byte[] body, string sessionId, int attemptId)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(body);
        sha.AppendData(Encoding.UTF8.GetBytes($"\n{sessionId}\n{attemptId}"));
        return Convert.ToHexString(sha.GetHashAndReset());
    }
}
