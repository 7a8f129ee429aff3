using FaceEmulator.Errors;
using FaceEmulator.Http;
using FaceEmulator.Sessions.Wire;
using FaceEmulator.Tenancy;
using FaceEmulator.Versions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FaceEmulator.Sessions;

/// <summary>v1.2 and later: <c>/detectLiveness-sessions</c> and <c>/detectLivenessWithVerify-sessions</c>.</summary>
internal static class SessionsApi
{
    public static RouteGroupBuilder MapSessions(this RouteGroupBuilder face)
    {
        Map(face, "/detectLiveness-sessions", SessionKind.Liveness, "LivenessSession");
        Map(face, "/detectLivenessWithVerify-sessions", SessionKind.LivenessWithVerify, "LivenessWithVerifySession");
        return face;
    }

    private static void Map(RouteGroupBuilder face, string path, SessionKind kind, string resource)
    {
        var group = face.MapGroup(path).WithTags(resource + "s");
        group.MapPost("/", (HttpRequest r, Tenant t, ApiVersion v, SessionCreator c) => CreateAsync(kind, r, t, v, c))
            .WithOperation($"Create{resource}", IsAttempts);
        group.MapGet("/{sessionId}", (string sessionId, Tenant t, ApiVersion v) => Get(kind, sessionId, t, v))
            .WithOperation($"Get{resource}Result", IsAttempts);
        group.MapDelete("/{sessionId}", (string sessionId, Tenant t) => Delete(kind, sessionId, t))
            .WithOperation($"Delete{resource}", IsAttempts);
    }

    private static bool IsAttempts(ApiVersion version) => version.IsAttempts();

    internal static async Task<Results<Ok<AttemptsSession>, FaceErrorResult>> CreateAsync(
        SessionKind kind, HttpRequest request, Tenant tenant, ApiVersion version, SessionCreator creator)
    {
        var (session, error) = await creator.CreateAsync(request, tenant, version, kind);
        Journal.JournalContext.SetSessionId(request.HttpContext, session?.Id);
        return session is null ? error!.ToResult() : TypedResults.Ok(AttemptsView.Session(session, version, isCreate: true));
    }

    internal static Results<Ok<AttemptsSession>, FaceErrorResult> Get(SessionKind kind, string sessionId, Tenant tenant, ApiVersion version) =>
        tenant.Sessions.Find(sessionId, kind, ApiFamily.Attempts) is { } session
            ? TypedResults.Ok(AttemptsView.Session(session, version, isCreate: false))
            : FaceErrors.SessionNotFound.ToResult();

    /// <summary>204, not 200: the .NET SDK's classifier accepts only 204 here.</summary>
    internal static Results<NoContent, FaceErrorResult> Delete(SessionKind kind, string sessionId, Tenant tenant) =>
        tenant.Sessions.Remove(sessionId, kind, ApiFamily.Attempts) ? TypedResults.NoContent() : FaceErrors.SessionNotFound.ToResult();
}
