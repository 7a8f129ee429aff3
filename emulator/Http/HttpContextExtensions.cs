using FaceEmulator.Tenancy;
using FaceEmulator.Versions;

namespace FaceEmulator.Http;

internal static class HttpContextExtensions
{
    private const string RequestIdKey = "FaceEmulator.RequestId";

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

    public static ApiVersion? GetApiVersion(this HttpContext context) => context.Features.Get<ApiVersion>();
}
