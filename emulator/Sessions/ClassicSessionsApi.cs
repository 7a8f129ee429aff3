using System.Globalization;
using FaceEmulator.Errors;
using FaceEmulator.Http;
using FaceEmulator.Sessions.Wire;
using FaceEmulator.Tenancy;
using FaceEmulator.Versions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FaceEmulator.Sessions;

/// <summary>v1.1-preview.1 and v1.2-preview.1: <c>/detectLiveness[WithVerify]/singleModal/sessions</c>.</summary>
internal static class ClassicSessionsApi
{
    public const int DefaultTop = 1000;

    public static RouteGroupBuilder MapClassicSessions(this RouteGroupBuilder face)
    {
        Map(face, "/detectLiveness/singleModal/sessions", SessionKind.Liveness, "LivenessSession");
        Map(face, "/detectLivenessWithVerify/singleModal/sessions", SessionKind.LivenessWithVerify, "LivenessWithVerifySession");
        return face;
    }

    private static void Map(RouteGroupBuilder face, string path, SessionKind kind, string resource)
    {
        var group = face.MapGroup(path).WithTags(resource + "s");
        group.MapPost("/", (HttpRequest r, Tenant t, ApiVersion v, SessionCreator c) => CreateAsync(kind, r, t, v, c))
            .WithOperation(kind == SessionKind.Liveness ? "CreateLivenessSession" : "CreateLivenessWithVerifySession", IsClassic);
        group.MapGet("/", (string? start, string? top, Tenant t) => List(kind, start, top, t))
            .WithOperation($"Get{resource}s", IsClassic);
        group.MapGet("/{sessionId}", (string sessionId, Tenant t, ApiVersion v) => Get(kind, sessionId, t, v))
            .WithOperation($"Get{resource}Result", IsClassic);
        group.MapDelete("/{sessionId}", (string sessionId, Tenant t) => Delete(kind, sessionId, t))
            .WithOperation($"Delete{resource}", IsClassic);
        group.MapGet("/{sessionId}/audit", (string sessionId, string? start, string? top, Tenant t, ApiVersion v) => Audit(kind, sessionId, start, top, t, v))
            .WithOperation($"Get{resource}AuditEntries", IsClassic);
    }

    private static bool IsClassic(ApiVersion version) => version.IsClassic();

    internal static async Task<Results<Ok<ClassicCreateResult>, FaceErrorResult>> CreateAsync(
        SessionKind kind, HttpRequest request, Tenant tenant, ApiVersion version, SessionCreator creator)
    {
        var (session, error) = await creator.CreateAsync(request, tenant, version, kind);
        Journal.JournalContext.SetSessionId(request.HttpContext, session?.Id);
        return session is null ? error!.ToResult() : TypedResults.Ok(ClassicView.CreateResult(session));
    }

    internal static Results<Ok<IReadOnlyList<ClassicSessionItem>>, FaceErrorResult> List(SessionKind kind, string? start, string? top, Tenant tenant)
    {
        if (ParsePaging(start, top) is not ({ } count, null))
        {
            return ParsePaging(start, top).Error!.ToResult();
        }

        var now = tenant.Clock.GetUtcNow();
        IReadOnlyList<ClassicSessionItem> items = [.. tenant.Sessions.List(kind, ApiFamily.Classic, NullIfEmpty(start), count).Select(s => ClassicView.Item(s, now))];
        return TypedResults.Ok(items);
    }

    internal static Results<Ok<ClassicSession>, FaceErrorResult> Get(SessionKind kind, string sessionId, Tenant tenant, ApiVersion version) =>
        tenant.Sessions.Find(sessionId, kind, ApiFamily.Classic) is { } session
            ? TypedResults.Ok(ClassicView.Session(session, version, tenant.Clock.GetUtcNow()))
            : FaceErrors.SessionNotFound.ToResult();

    /// <summary>Classic delete answers 200 with no body (Face.json v1.1-preview.1, v1.2-preview.1).</summary>
    internal static Results<Ok, FaceErrorResult> Delete(SessionKind kind, string sessionId, Tenant tenant) =>
        tenant.Sessions.Remove(sessionId, kind, ApiFamily.Classic) ? TypedResults.Ok() : FaceErrors.SessionNotFound.ToResult();

    internal static Results<Ok<IReadOnlyList<AuditEntry>>, FaceErrorResult> Audit(
        SessionKind kind, string sessionId, string? start, string? top, Tenant tenant, ApiVersion version)
    {
        var (count, error) = ParsePaging(start, top);
        if (error is not null)
        {
            return error.ToResult();
        }

        long? after = null;
        if (NullIfEmpty(start) is { } s)
        {
            // Audit entry ids are integers: "Use this id with the 'start' query parameter" (Face.json).
            if (!long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
            {
                return FaceErrors.InvalidStart.ToResult();
            }

            after = parsed;
        }

        return tenant.Sessions.Find(sessionId, kind, ApiFamily.Classic) is { } session
            ? TypedResults.Ok(ClassicView.AuditEntries(session, version, after, count!.Value))
            : FaceErrors.SessionNotFound.ToResult();
    }

    /// <summary><c>start</c>: at most 64 characters; <c>top</c>: 1..1000, default 1000 (Face.json).</summary>
    private static (int? Top, FaceError? Error) ParsePaging(string? start, string? top)
    {
        if (start?.Length > 64)
        {
            return (null, FaceErrors.InvalidStart);
        }

        if (NullIfEmpty(top) is null)
        {
            return (DefaultTop, null);
        }

        return int.TryParse(top, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 1000
            ? (n, null)
            : (null, FaceErrors.InvalidTop);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
