using System.Globalization;
using FaceEmulator.Determinism;
using FaceEmulator.Tenancy;
using Microsoft.Extensions.Options;

namespace FaceEmulator.Http;

/// <summary>
/// Adds the headers every recorded Azure response carries (recordings README, fact 6): the request id,
/// a Date from the tenant's clock, region, timing, and the billing header on successes. Answers of the
/// API gateway itself (throttling) carry only the request id, Date and the security headers (fact 5).
/// </summary>
internal sealed class AzureHeadersMiddleware(RequestDelegate next, TimeProvider baseTime, IIdGenerator ids, IOptions<ResponseOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var started = baseTime.GetTimestamp();
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers[FaceApi.RequestIdHeader] = context.GetRequestId(ids);
            var clock = (TimeProvider?)context.Features.Get<Tenant>()?.Clock ?? baseTime;
            headers.Date = clock.GetUtcNow().ToString("r", CultureInfo.InvariantCulture);
            headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains; preload";
            headers.XContentTypeOptions = "nosniff";
            if (!context.IsGatewayResponse())
            {
                headers["x-ms-region"] = options.Value.Region;
                headers["x-envoy-upstream-service-time"] = ((long)baseTime.GetElapsedTime(started).TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
            }

            if (context.Response.StatusCode is >= 200 and < 300)
            {
                headers["CSP-Billing-Usage"] = "CognitiveServices.Face.Transaction=1";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
