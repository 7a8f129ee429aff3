using System.Diagnostics;
using FaceEmulator.Admin;
using FaceEmulator.Http;
using FaceEmulator.Journal;
using FaceEmulator.Tenancy;

namespace FaceEmulator.Telemetry;

/// <summary>
/// One span and one log entry per Face, device-side and admin operation, after routing (so the operation is
/// known) and outside auth and faults (so refusals and injected faults are traced too). The attributes are read
/// once the request is answered: the tenant, version and session are only known then. With no listener and
/// logging off, a request pays one metadata lookup and two checks.
/// </summary>
internal sealed partial class TelemetryMiddleware(RequestDelegate next, FaceMetrics metrics, ILogger<TelemetryMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        var operation = metadata?.GetMetadata<FaceOperation>()?.Name
            ?? (metadata?.GetMetadata<AdminEndpoint>() is null ? null : metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName);
        if (operation is null)
        {
            await next(context);
            return;
        }

        using var span = FaceTelemetry.Source.StartActivity(operation);
        span?.SetTag(FaceTelemetry.OperationTag, operation);
        try
        {
            await next(context);
        }
        catch (Exception ex) when (span is not null)
        {
            span.AddException(ex).SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
        finally
        {
            Finish(context, operation, span);
        }
    }

    private void Finish(HttpContext context, string operation, Activity? span)
    {
        var tenant = context.Features.Get<Tenant>();
        var faultId = JournalContext.GetFaultId(context);
        var status = context.Response.StatusCode;
        if (faultId is not null && tenant is not null)
        {
            metrics.FaultInjected(tenant, operation, status);
        }

        var recording = span is { IsAllDataRequested: true };
        if (!recording && !logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        var version = context.GetApiVersion()?.Name;
        var sessionId = JournalContext.GetSessionId(context);
        if (recording)
        {
            span!.SetTag(FaceTelemetry.ApiVersionTag, version)
                .SetTag(FaceTelemetry.TenantTag, tenant?.SubscriptionId)
                .SetTag(FaceTelemetry.SessionIdTag, sessionId)
                .SetTag(FaceTelemetry.FaultTag, faultId)
                .SetTag(FaceTelemetry.StatusCodeTag, status);
            if (status >= 500)
            {
                span.SetStatus(ActivityStatusCode.Error);
            }
        }

        Answered(logger, operation, version, status, tenant?.SubscriptionId, sessionId, faultId);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "{Operation} ({ApiVersion}) answered {StatusCode} for tenant {Tenant}, session {SessionId}, fault {FaultId}")]
    private static partial void Answered(ILogger logger, string operation, string? apiVersion, int statusCode, string? tenant, string? sessionId, string? faultId);
}
