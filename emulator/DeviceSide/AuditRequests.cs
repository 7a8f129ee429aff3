using System.Net;
using FaceEmulator.Sessions;

namespace FaceEmulator.DeviceSide;

/// <summary>Builds what the audit log keeps of a request, and the client IP v1.3 reports.</summary>
internal static class AuditRequests
{
    /// <summary>The IP reported when the host cannot tell (the in-process test server has no connection).</summary>
    public const string UnknownClientIp = "127.0.0.1";

    public static AuditRequest From(HttpContext context, string requestId, long bodyLength, string? url = null)
    {
        var request = context.Request;
        return new AuditRequest(
            requestId,
            // Azure names the header client-request-id; the Azure SDKs send x-ms-client-request-id.
            FirstHeader(request, FaceApi.ClientRequestIdHeader) ?? FirstHeader(request, "x-ms-client-request-id") ?? string.Empty,
            url ?? $"{request.PathBase}{request.Path}{request.QueryString}",
            request.Method,
            request.ContentLength ?? bodyLength,
            request.ContentType ?? string.Empty,
            FirstHeader(request, "User-Agent"));
    }

    public static string ClientIp(HttpContext context) => context.Connection.RemoteIpAddress switch
    {
        null => UnknownClientIp,
        { IsIPv4MappedToIPv6: true } mapped => mapped.MapToIPv4().ToString(),
        IPAddress address => address.ToString(),
    };

    private static string? FirstHeader(HttpRequest request, string name) =>
        request.Headers.TryGetValue(name, out var values) && values.Count > 0 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;
}
