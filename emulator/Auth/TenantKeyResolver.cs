using FaceEmulator.Errors;
using Microsoft.Extensions.Options;

namespace FaceEmulator.Auth;

/// <summary>
/// Finds the tenant key of a request: its subscription key, or the bearer tenant for <c>Authorization: Bearer</c>
/// (Entra ID) calls when bearer tokens are allowed (<see cref="AuthOptions.BearerAllowed"/>).
/// </summary>
internal sealed class TenantKeyResolver
{
    private readonly byte[][] _keyHashes;
    private readonly bool _anyKey;
    private readonly string? _bearerTenant;

    public TenantKeyResolver(IOptions<AuthOptions> auth)
    {
        ArgumentNullException.ThrowIfNull(auth);
        var options = auth.Value;
        _anyKey = options.Keys.Count == 0;
        _keyHashes = [.. options.Keys.Select(SecretComparer.Hash)];
        _bearerTenant = options.BearerAllowed ? options.BearerTenant : null;
    }

    /// <returns>The key, or the error to answer when the request is not authorized (Azure's 401).</returns>
    public (string? Key, FaceError? Error) Resolve(HttpRequest request)
    {
        var key = request.Headers[FaceApi.SubscriptionKeyHeader].ToString();
        if (key.Length > 0)
        {
            return _anyKey || IsListed(key) ? (key, null) : (null, FaceErrors.AccessDenied);
        }

        var authorization = request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || authorization.Length <= 7)
        {
            return (null, FaceErrors.AccessDenied);
        }

        return _bearerTenant is null ? (null, FaceErrors.BearerNotAllowed) : (_bearerTenant, null);
    }

    // Every listed key is compared, so the time taken does not tell which one (if any) came close.
    private bool IsListed(string key)
    {
        var hash = SecretComparer.Hash(key);
        var found = false;
        foreach (var expected in _keyHashes)
        {
            found |= SecretComparer.Matches(hash, expected);
        }

        return found;
    }
}
