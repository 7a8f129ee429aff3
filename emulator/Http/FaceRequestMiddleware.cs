using FaceEmulator.Auth;
using FaceEmulator.Errors;
using FaceEmulator.Tenancy;
using FaceEmulator.Versions;
using Microsoft.Extensions.Options;

namespace FaceEmulator.Http;

/// <summary>
/// Runs after routing for Face operations: resolves the API version from the path (404 when the version
/// does not exist or lacks the operation, as Azure's gateway answers), then the tenant from the key (401).
/// </summary>
internal sealed class FaceRequestMiddleware(
    RequestDelegate next, TenantRegistry tenants, IOptions<AuthOptions> auth, IOptions<VersionOptions> versions)
{
    public const string ServedVersionHeader = "x-emulator-served-version";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<FaceOperation>() is not { } operation)
        {
            return next(context);
        }

        var requested = context.GetRouteValue("apiVersion") as string ?? string.Empty;
        if (!ApiVersion.TryFind(requested, out var version))
        {
            if (!versions.Value.Loose || !ApiVersion.LooksLikeVersion(requested))
            {
                return FaceErrorResult.WriteAsync(context.Response, FaceErrors.ResourceNotFound);
            }

            // Loose mode: serve an unknown (presumably newer) version with the newest contract, and say so.
            version = ApiVersion.Newest;
            context.Response.Headers[ServedVersionHeader] = version.Name;
        }

        if (!operation.IsAvailableIn(version))
        {
            return FaceErrorResult.WriteAsync(context.Response, FaceErrors.ResourceNotFound);
        }

        context.Features.Set(version);
        if (operation.RequiresSubscriptionKey)
        {
            if (ResolveTenantKey(context.Request) is not { } key)
            {
                return FaceErrorResult.WriteAsync(context.Response, FaceErrors.AccessDenied);
            }

            context.Features.Set(tenants.GetOrCreate(key));
        }

        return next(context);
    }

    /// <summary>The tenant key: the subscription key, or the configured Entra tenant for bearer tokens.</summary>
    public string? ResolveTenantKey(HttpRequest request)
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
