using System.Text.Json.Nodes;
using FaceEmulator.Admin;
using FaceEmulator.Decisions;
using FaceEmulator.Determinism;
using FaceEmulator.Errors;
using FaceEmulator.Http;
using FaceEmulator.Sessions;
using FaceEmulator.Sessions.Wire;
using FaceEmulator.Tenancy;
using FaceEmulator.Versions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FaceEmulator.DeviceSide;

/// <summary>
/// <c>POST /__admin/sessions/{sessionId}/attempts</c>: make an attempt without a token, through the same
/// recorder as the device calls. The body may name an outcome (scenario or explicit fields) and may carry
/// <c>deviceCorrelationId</c>, <c>userCorrelationId</c> and <c>clientIp</c>; an empty body lets scripts,
/// rules and the default decide. Answers the new attempt in the session's family shape.
/// </summary>
internal static class AdminAttemptsApi
{
    public const int MaxClientIpLength = 64;

    public static IEndpointRouteBuilder MapAdminAttempts(this IEndpointRouteBuilder app)
    {
        app.MapAdminGroup().WithTags("DeviceSide").MapPost("/sessions/{sessionId}/attempts", AddAttemptAsync).WithName("AdminAddAttempt");
        return app;
    }

    internal static async Task<Results<Ok<SessionAttempt>, Ok<AuditEntry>, FaceErrorResult>> AddAttemptAsync(
        string sessionId, HttpContext context, Tenant tenant, AttemptRecorder recorder, IIdGenerator ids)
    {
        if (tenant.Sessions.Find(sessionId) is not { } session || !ApiVersion.TryFind(session.CreatedInVersion, out var version))
        {
            return FaceErrors.SessionNotFound.ToResult();
        }

        var (body, raw, error) = await AdminJson.ReadAsync(context.Request);
        if (error is not null)
        {
            return error.ToResult();
        }

        if (body is not null and not JsonObject)
        {
            return FaceErrors.InvalidOutcome("The body is an object naming the outcome.").ToResult();
        }

        var fields = body as JsonObject ?? [];
        LivenessOutcome? outcome = null;
        if (OutcomeReader.HasOutcome(fields))
        {
            (outcome, error) = OutcomeReader.Read(fields);
            if (outcome is null)
            {
                return error!.ToResult();
            }
        }

        string? Text(string name) => OutcomeReader.Text(OutcomeReader.Member(fields, name));
        // Kept with the attempt, so bounded: an IPv6 address with a zone fits in 64 characters.
        if (Text("clientIp") is { Length: > MaxClientIpLength })
        {
            return FaceErrors.AdminBadArgument($"clientIp must be at most {MaxClientIpLength} characters.").ToResult();
        }

        // The audit entry shows the device call this attempt stands for, not the admin URL.
        var detect = session.Kind == SessionKind.Liveness ? "detectLiveness/singleModal" : "detectLivenessWithVerify/singleModal";
        var request = new AttemptRequest(
            outcome,
            raw,
            Frame: null,
            AuditRequests.From(context, context.GetRequestId(ids), raw.Length, $"/face/{session.CreatedInVersion}/{detect}"),
            Text("clientIp") ?? AuditRequests.ClientIp(context),
            Text("deviceCorrelationId"),
            Text("userCorrelationId"),
            RequireCorrelationIds: false);
        var (updated, attempt, recordError) = recorder.Record(tenant, sessionId, request);
        if (updated is null || attempt is null)
        {
            return recordError!.ToResult();
        }

        return version.Family == ApiFamily.Attempts
            ? TypedResults.Ok(AttemptsView.Session(updated, version, isCreate: false).Results.Attempts.Single(a => a.AttemptId == attempt.AttemptId))
            : TypedResults.Ok(ClassicView.AuditEntries(updated, version, attempt.AttemptId - 1, ClassicSessionsApi.DefaultTop).Single(e => e.Id == attempt.AttemptId));
    }
}
