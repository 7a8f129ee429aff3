using System.Globalization;
using System.Text.Json;
using FaceEmulator.Admin;
using FaceEmulator.Errors;
using FaceEmulator.Http;

namespace FaceEmulator.Faults;

/// <summary>Writes the error a fault rule asks for.</summary>
internal static class FaultResponse
{
    // Recordings README, fact 5: Azure's 429 carries this policy id.
    public const string RateLimitPolicyId = "ResourceRateLimitBy1s";

    public static async Task WriteAsync(HttpResponse response, FaultRule rule, string operation, string apiVersion)
    {
        var status = rule.Status ?? throw new ArgumentException("A latency-only rule writes no response.", nameof(rule));
        var retryAfter = rule.EffectiveRetryAfter;
        var defaults = status == 429 ? FaceErrors.RateLimited(operation, apiVersion, retryAfter ?? 1) : FaceErrors.InjectedFault(status);

        response.StatusCode = status;
        if (status == 429 || rule.Envelope == FaultEnvelope.Gateway)
        {
            // Throttling and gateway errors come from the gateway, before the Face service is reached.
            response.HttpContext.MarkGatewayResponse();
        }

        if (retryAfter is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        if (status == 429)
        {
            response.Headers["policy-id"] = RateLimitPolicyId;
        }

        // The recorded 429 and the gateway's answers say application/json without a charset (fact 5);
        // the service's own errors carry one.
        response.ContentType = status == 429 || rule.Envelope == FaultEnvelope.Gateway ? "application/json" : "application/json; charset=utf-8";
        if (rule.Envelope == FaultEnvelope.Gateway)
        {
            var message = rule.Message ?? FaceErrors.GatewayMessage(status, retryAfter ?? 1);
            await JsonSerializer.SerializeAsync(response.Body, new GatewayEnvelope(new GatewayError(status, message)), AdminJsonContext.Default.GatewayEnvelope);
            return;
        }

        var code = rule.ErrorCode ?? defaults.Code;
        response.Headers[FaceApi.ErrorCodeHeader] = code;
        await JsonSerializer.SerializeAsync(response.Body, new ErrorEnvelope(new ErrorBody(code, rule.Message ?? defaults.Message)), ErrorJsonContext.Default.ErrorEnvelope);
    }
}

/// <summary>The API gateway's error shape: <c>{"error":{"statusCode":429,"message":"..."}}</c>.</summary>
internal sealed record GatewayEnvelope(GatewayError Error);

internal sealed record GatewayError(int StatusCode, string Message);
