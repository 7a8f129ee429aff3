using FaceEmulator.Admin;
using FaceEmulator.Tenancy;
using FaceEmulator.Versions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FaceEmulator.Sessions;

/// <summary>
/// <c>GET /__admin/sessions</c>: every session of the caller's tenant in one emulator-wide shape, whatever its
/// version, with the tenant's clock so expiries can be read against it. The QA console polls it.
/// </summary>
internal static class SessionsAdminApi
{
    public static IEndpointRouteBuilder MapSessionsAdmin(this IEndpointRouteBuilder app)
    {
        app.MapAdminGroup().WithTags("Sessions").MapGet("/sessions", List).WithName("AdminListSessions")
            .WithSummary("The tenant's sessions, oldest first: status, attempts and their decisions, verify results, token expiry.");
        return app;
    }

    internal static Ok<SessionList> List(Tenant tenant)
    {
        var now = tenant.Clock.GetUtcNow();
        return TypedResults.Ok(new SessionList(now, [.. tenant.Sessions.All().Where(s => !s.IsExpiredAt(now)).Select(s => Summary(s, now))]));
    }

    private static SessionSummary Summary(SessionRecord session, DateTimeOffset now) => new(
        session.Id,
        session.Kind.ToString(),
        session.CreatedInVersion,
        session.Family == ApiFamily.Classic ? ClassicView.Status(session) : AttemptsView.Status(session),
        session.Parameters.LivenessOperationMode,
        session.Parameters.DeviceCorrelationId,
        session.CreatedAt,
        session.TokenExpiresAt,
        now >= session.TokenExpiresAt,
        [.. session.Attempts.Select(a => new AttemptSummary(
            a.AttemptId, a.Status, a.LivenessDecision, a.Error?.Code, a.Verify?.MatchConfidence, a.Verify?.IsIdentical, a.ReceivedAt))]);
}

/// <summary>The tenant's clock and its live sessions (past their 48 hours they are gone, as on Azure).</summary>
internal sealed record SessionList(DateTimeOffset Now, IReadOnlyList<SessionSummary> Sessions);

/// <param name="Status">As the session's own version reports it (NotStarted, Running/Started, Succeeded, Failed, ResultAvailable).</param>
/// <param name="TokenExpired">Whether the auth token has expired on the tenant's clock.</param>
internal sealed record SessionSummary(
    string SessionId,
    string Kind,
    string ApiVersion,
    string Status,
    string LivenessOperationMode,
    string? DeviceCorrelationId,
    DateTimeOffset CreatedAt,
    DateTimeOffset TokenExpiresAt,
    bool TokenExpired,
    IReadOnlyList<AttemptSummary> Attempts);

/// <summary>One attempt: its decision or error code, and the verify result of with-verify sessions.</summary>
internal sealed record AttemptSummary(
    int AttemptId, string Status, string? LivenessDecision, string? ErrorCode, double? MatchConfidence, bool? IsIdentical, DateTimeOffset ReceivedAt);
