using FaceEmulator.Http;
using FaceEmulator.Tenancy;

namespace FaceEmulator.DeviceSide;

/// <summary>
/// Device-side calls carry a session token instead of a key, so <see cref="FaceRequestMiddleware"/> cannot
/// name their tenant. This does, before the journal and fault injection run, so the tenant's fault rules
/// apply to device operations too. Only an accepted token names the tenant here: a refused token is
/// answered by the handler with its refusal and is never faulted, as Azure's gateway checks the token
/// before its rate limits. The handler validates again, so its answer reflects the state after any delay.
/// </summary>
internal sealed class DeviceTenantMiddleware(RequestDelegate next, DeviceTokenValidator tokens)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<FaceOperation>() is { RequiresSubscriptionKey: false }
            && context.GetApiVersion() is { } version
            && context.Features.Get<Tenant>() is null)
        {
            var (caller, _, _) = await tokens.CheckAsync(context.Request, version);
            if (caller is not null)
            {
                context.Features.Set(caller.Tenant);
                // The journal files the call under the token's session, so it can be filtered by sessionId.
                Journal.JournalContext.SetSessionId(context, caller.Session.Id);
            }
        }

        await next(context);
    }
}
