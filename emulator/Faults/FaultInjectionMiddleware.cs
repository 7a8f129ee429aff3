using FaceEmulator.Http;
using FaceEmulator.Journal;
using FaceEmulator.Tenancy;

namespace FaceEmulator.Faults;

/// <summary>
/// Applies the tenant's fault rules to Face operations, after the version and tenant are resolved and
/// before the handler runs. Delays use the host's base <see cref="TimeProvider"/>, never the tenant's
/// virtual clock: a frozen clock would otherwise hold the request forever.
/// </summary>
internal sealed class FaultInjectionMiddleware(RequestDelegate next, TimeProvider baseTime)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<FaceOperation>() is not { } operation
            || context.Features.Get<Tenant>() is not { } tenant)
        {
            await next(context);
            return;
        }

        var version = context.GetApiVersion()?.Name ?? string.Empty;
        var decision = tenant.Faults.Evaluate(operation.Name, version, tenant.Random);
        if (decision.Latency > TimeSpan.Zero)
        {
            await Task.Delay(decision.Latency, baseTime, context.RequestAborted);
        }

        if (decision.Fault is { } rule)
        {
            JournalContext.SetFaultId(context, rule.Id);
            await FaultResponse.WriteAsync(context.Response, rule, operation.Name, version);
            return;
        }

        await next(context);
    }
}
