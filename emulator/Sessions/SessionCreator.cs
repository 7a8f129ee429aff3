using FaceEmulator.Errors;
using FaceEmulator.Http;
using FaceEmulator.Images;
using FaceEmulator.Telemetry;
using FaceEmulator.Tenancy;
using FaceEmulator.Tokens;
using FaceEmulator.Versions;
using Microsoft.Extensions.Options;

namespace FaceEmulator.Sessions;

/// <summary>Create, for both families and both kinds: read the body, validate, inspect the image, store.</summary>
internal sealed class SessionCreator(
    IVerifyImageInspector inspector, SessionTokenIssuer tokens, IOptions<ResponseOptions> response, IOptions<LimitsOptions> limits,
    FaceMetrics metrics)
{
    public async Task<(SessionRecord? Session, FaceError? Error)> CreateAsync(
        HttpRequest request, Tenant tenant, ApiVersion version, SessionKind kind)
    {
        var (body, readError) = await ReadAsync(request, version, kind);
        if (body is null)
        {
            return (null, readError);
        }

        var (parameters, error) = SessionRequestValidator.Validate(body.Content, version, kind);
        if (parameters is null)
        {
            return (null, error);
        }

        VerifyReference? reference = null;
        if (body.IsMultipart)
        {
            if (body.ImageError is not null)
            {
                return (null, body.ImageError);
            }

            (reference, error) = inspector.Inspect(body.Image!, tenant.Verdicts);
            if (reference is null)
            {
                return (null, error);
            }
        }

        var session = new SessionRecord
        {
            Id = tenant.Ids.NewGuid(),
            Kind = kind,
            Family = version.Family,
            CreatedInVersion = version.Name,
            CreatedAt = tenant.Clock.GetUtcNow(),
            Parameters = parameters,
            AuthToken = string.Empty,
            IsAbuseMonitoringEnabled = tenant.Settings.AbuseMonitoringEnabled,
            VerifyImage = reference,
        };
        session = session with { AuthToken = tokens.Issue(tenant, session, request.GetEndpoint(), response.Value.RegionClaim) };
        var capacity = limits.Value.MaxSessionsPerTenant;
        // Only the create response carries the token (reads answer without it), so the store keeps none: it was
        // most of a session's memory.
        if (!tenant.Sessions.TryAdd(session with { AuthToken = string.Empty }, capacity, session.CreatedAt, out var full))
        {
            return (null, full is null ? FaceErrors.SessionLimitReached(capacity) : FaceErrors.MemoryLimitReached(full.IsTotal, full.Limit));
        }

        metrics.SessionCreated(tenant, version.Name);
        return (session, null);
    }

    /// <summary>Which media types each create accepts (Face.json <c>consumes</c>); anything else is 415.</summary>
    private static async Task<(CreateRequest?, FaceError?)> ReadAsync(HttpRequest request, ApiVersion version, SessionKind kind)
    {
        var ct = request.HttpContext.RequestAborted;
        var json = CreateRequestReader.IsJson(request);
        var multipart = CreateRequestReader.IsMultipart(request);
        return kind switch
        {
            SessionKind.Liveness when json => await CreateRequestReader.ReadJsonAsync(request),
            // v1.1/v1.2-preview with-verify takes JSON (image later, from the client) or multipart.
            SessionKind.LivenessWithVerify when json && version.IsClassic() => await CreateRequestReader.ReadJsonAsync(request),
            SessionKind.LivenessWithVerify when multipart => await CreateRequestReader.ReadMultipartAsync(request, ct),
            _ => (null, FaceErrors.UnsupportedMediaType),
        };
    }
}
