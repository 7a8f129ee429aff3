using FaceEmulator.Decisions;
using FaceEmulator.Determinism;
using FaceEmulator.Errors;
using FaceEmulator.Http;
using FaceEmulator.Images;
using FaceEmulator.Sessions;
using FaceEmulator.Sessions.Wire;
using FaceEmulator.Tenancy;
using FaceEmulator.Versions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FaceEmulator.DeviceSide;

/// <summary>
/// The calls a frontend SDK makes with the session token (DOC-netiso lists the paths; their bodies are
/// unpublished, so bodies are read leniently). No subscription key: the token names tenant and session.
/// </summary>
internal static class DeviceSideApi
{
    /// <summary>The multipart or JSON field in which the stand-in web component's interactive mode names an outcome.</summary>
    public const string InteractiveScenarioField = "faceemuScenario";

    public static RouteGroupBuilder MapDeviceSide(this RouteGroupBuilder face)
    {
        face.MapPost("/session/start", StartAsync).WithDeviceOperation("StartLivenessSession", _ => true);
        face.MapPost("/detectLiveness/singleModal", (HttpContext c, ApiVersion v, DeviceTokenValidator t, AttemptRecorder r, IIdGenerator i) =>
            DetectAsync(c, v, t, r, i)).WithDeviceOperation("DetectLiveness", _ => true);
        face.MapPost("/detectLivenessWithVerify/singleModal", (HttpContext c, ApiVersion v, DeviceTokenValidator t, AttemptRecorder r, IIdGenerator i) =>
            DetectAsync(c, v, t, r, i)).WithDeviceOperation("DetectLivenessWithVerify", _ => true);
        // session/attempt/end appears in v1.3-preview.1 tokens only (recordings README, fact 21).
        face.MapPost("/session/attempt/end", EndAttemptAsync).WithDeviceOperation("EndLivenessAttempt", v => v.HasClientAttemptSettings);
        return face;
    }

    /// <summary>204: Azure publishes no response for session/start.</summary>
    internal static async Task<Results<NoContent, FaceErrorResult>> StartAsync(
        HttpContext context, ApiVersion version, DeviceTokenValidator tokens)
    {
        var (caller, body, error) = await ReadCallAsync(context, version, tokens);
        if (caller is null || body is null)
        {
            return error!.ToResult();
        }

        var (_, startError) = AttemptRecorder.Start(caller.Tenant, caller.Session.Id, body.Field("deviceCorrelationId"), body.Field("userCorrelationId"));
        return startError is null ? TypedResults.NoContent() : startError.ToResult();
    }

    /// <summary>
    /// One attempt. Classic sessions created with sendResultsToClient get 200 and the LivenessResponseBody;
    /// everything else gets 204 (v1.2+: "The service response doesn't contain the liveness decision", DOC-tut).
    /// </summary>
    internal static async Task<Results<Ok<LivenessResponseBody>, NoContent, FaceErrorResult>> DetectAsync(
        HttpContext context, ApiVersion version, DeviceTokenValidator tokens, AttemptRecorder recorder, IIdGenerator ids)
    {
        var (caller, body, error) = await ReadCallAsync(context, version, tokens);
        if (caller is null || body is null)
        {
            return error!.ToResult();
        }

        // Read from the header here, before the recorder takes the tenant's gate (Images/DeviceFrame).
        var (face, frameError) = body.Frame is { } frame
            ? DeviceFrame.Inspect(frame, context.RequestServices.GetRequiredService<IOptions<LimitsOptions>>().Value.MaxDeviceFrameBytes)
            : (null, null);
        if (frameError is not null)
        {
            return frameError.ToResult();
        }

        // The stand-in web component's interactive panel names the tester's pick (docs/web-component.md);
        // anything else, or an unknown name, lets scripts, rules and the default decide.
        var request = new AttemptRequest(
            Explicit: ScenarioCatalog.Find(body.Field(InteractiveScenarioField)),
            body.Body,
            body.Frame,
            AuditRequests.From(context, context.GetRequestId(ids), body.Body.Length),
            AuditRequests.ClientIp(context),
            body.Field("deviceCorrelationId"),
            body.Field("userCorrelationId"),
            RequireCorrelationIds: true,
            face);
        var (session, attempt, recordError) = recorder.Record(caller.Tenant, caller.Session.Id, request);
        if (session is null || attempt is null)
        {
            return recordError!.ToResult();
        }

        if (attempt.ResponseStatusCode != StatusCodes.Status200OK)
        {
            return TypedResults.NoContent();
        }

        var entry = ClassicView.AuditEntries(session, version, attempt.AttemptId - 1, ClassicSessionsApi.DefaultTop).Single(e => e.Id == attempt.AttemptId);
        return TypedResults.Ok(entry.Response.Body);
    }

    /// <summary>Accepted and answered 204; the emulator's attempts end when they are recorded.</summary>
    internal static async Task<Results<NoContent, FaceErrorResult>> EndAttemptAsync(HttpContext context, ApiVersion version, DeviceTokenValidator tokens)
    {
        var (_, _, error) = await ReadCallAsync(context, version, tokens);
        return error is null ? TypedResults.NoContent() : error.ToResult();
    }

    /// <summary>Every device call: the token first (its refusal wins), then the bounded body.</summary>
    private static async Task<(DeviceCaller? Caller, DeviceRequest? Body, FaceError? Error)> ReadCallAsync(
        HttpContext context, ApiVersion version, DeviceTokenValidator tokens)
    {
        var (caller, error) = await tokens.ValidateAsync(context, version);
        if (caller is null)
        {
            return (null, null, error);
        }

        var (body, readError) = await DeviceRequestReader.ReadAsync(context.Request);
        return (caller, body, readError);
    }

    private static RouteHandlerBuilder WithDeviceOperation(this RouteHandlerBuilder builder, string name, Func<ApiVersion, bool> availableIn) =>
        builder.WithMetadata(new FaceOperation(name, availableIn, RequiresSubscriptionKey: false)).WithSummary(name)
            .RequireCors(FaceUi.FaceUiCors.PolicyName);
}
