using Microsoft.Extensions.Options;

namespace FaceEmulator.Auth;

/// <summary>Finds the tenant key of a request: its subscription key, or the Entra tenant for bearer tokens.</summary>
internal sealed class TenantKeyResolver(IOptions<AuthOptions> auth)
{
    /// <returns>The key, or <see langword="null"/> when the request is not authorized (Azure's 401).</returns>
    public string? Resolve(HttpRequest request)
    {
        var key = request.Headers[FaceApi.SubscriptionKeyHeader].ToString();
        if (key.Length > 0)
        {
            return auth.Value.Keys.Count == 0 || auth.Value.Keys.Contains(key) ? key : null;
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && authorization.Length > 7
            ? auth.Value.BearerTenant
            : null;
    }
}
