using FaceEmulator.Tenancy;
using FaceEmulator.Versions;

namespace FaceEmulator.Http;

internal static class HttpContextExtensions
{
    private const string RequestIdKey = "FaceEmulator.RequestId";
    private const string GatewayResponseKey = "FaceEmulator.GatewayResponse";

    /// <summary>The <c>apim-request-id</c> of this request, minted on first use from the tenant's id source.</summary>
    public static string GetRequestId(this HttpContext context, Determinism.IIdGenerator fallback)
    {
        if (context.Items[RequestIdKey] is string id)
        {
            return id;
        }

        id = (context.Features.Get<Tenant>()?.Ids ?? fallback).NewGuid();
        context.Items[RequestIdKey] = id;
        return id;
    }

    /// <summary>The endpoint the caller used, as Azure puts it in the token's <c>face.endpoint</c> claim.</summary>
    public static string GetEndpoint(this HttpRequest request) => $"{request.Scheme}://{request.Host}";

    /// <summary>
    /// Marks the response as the API gateway's own (a throttling or gateway-envelope fault): the recorded
    /// 429 has none of the headers the Face service behind the gateway adds (recordings README, fact 5).
    /// </summary>
    public static void MarkGatewayResponse(this HttpContext context) => context.Items[GatewayResponseKey] = true;

    public static bool IsGatewayResponse(this HttpContext context) => context.Items.ContainsKey(GatewayResponseKey);

    public static ApiVersion? GetApiVersion(this HttpContext context) => context.Features.Get<ApiVersion>();
}
