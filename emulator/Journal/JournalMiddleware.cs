using FaceEmulator.Http;
using FaceEmulator.Tenancy;
using Microsoft.Extensions.Options;

namespace FaceEmulator.Journal;

/// <summary>
/// Records every Face operation of a known tenant, faulted ones included: it runs outside the fault
/// middleware. Requests refused before a tenant is known (401, unknown version) have nobody to record for.
/// </summary>
internal sealed class JournalMiddleware(RequestDelegate next, TimeProvider baseTime, IOptions<JournalOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<FaceOperation>() is not { } operation)
        {
            await next(context);
            return;
        }

        // Device-side handlers may resolve their tenant from the session token, after this point.
        var tenant = context.Features.Get<Tenant>();
        var time = tenant?.Clock.GetUtcNow();
        var sequence = tenant?.Journal.NextSequence();
        var started = baseTime.GetTimestamp();
        int? failedWith = null;
        try
        {
            await next(context);
        }
        catch (Exception ex)
        {
            // ErrorEnvelopeMiddleware answers it; the journal records the status it will answer with.
            failedWith = InputFailure.StatusFor(ex);
            throw;
        }
        finally
        {
            tenant ??= context.Features.Get<Tenant>();
            if (tenant is not null)
            {
                var request = context.Request;
                tenant.Journal.Add(new JournalEntry(
                    sequence ?? tenant.Journal.NextSequence(),
                    request.Method,
                    request.Path.Value ?? string.Empty,
                    request.QueryString.HasValue ? request.QueryString.Value : null,
                    operation.Name,
                    context.GetApiVersion()?.Name,
                    failedWith ?? context.Response.StatusCode,
                    JournalContext.GetSessionId(context),
                    JournalContext.GetFaultId(context),
                    time ?? tenant.Clock.GetUtcNow(),
                    baseTime.GetElapsedTime(started).TotalMilliseconds), options.Value.Capacity);
            }
        }
    }
}
