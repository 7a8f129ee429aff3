using FaceEmulator.Admin;
using FaceEmulator.Auth;
using FaceEmulator.Errors;
using FaceEmulator.Tenancy;
using FaceEmulator.Versions;
using Microsoft.Extensions.Options;

namespace FaceEmulator.Http;

/// <summary>
/// Runs after routing. For Face operations it resolves the API version from the path (404 when the
/// version does not exist or lacks the operation, as Azure's gateway answers), then the tenant from the
/// key (401). Admin endpoints get the tenant only. A middleware rather than an endpoint filter, because
/// filters run after parameter binding and handlers bind <see cref="Tenant"/> and <see cref="ApiVersion"/>.
/// </summary>
internal sealed class FaceRequestMiddleware(
    RequestDelegate next, TenantRegistry tenants, TenantKeyResolver keys, IOptions<VersionOptions> versions,
    IOptions<LimitsOptions> limits)
{
    public const string ServedVersionHeader = "x-emulator-served-version";

    public Task InvokeAsync(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        if (metadata?.GetMetadata<FaceOperation>() is { } operation)
        {
            return InvokeFaceAsync(context, operation);
        }

        if (metadata?.GetMetadata<AdminEndpoint>() is { } admin)
        {
            var (key, refused) = keys.Resolve(context.Request);
            var lease = key is null ? null : tenants.TryAcquire(key);
            if (lease is not null)
            {
                context.Features.Set(lease.Tenant);
                return lease.HoldDuringAsync(next, context);
            }
            else if (admin.TenantRequired)
            {
                return FaceErrorResult.WriteAsync(context.Response, refused ?? TenantLimitReached());
            }
        }

        return next(context);
    }

    private Task InvokeFaceAsync(HttpContext context, FaceOperation operation)
    {
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
            var (resolved, refused) = keys.Resolve(context.Request);
            if (resolved is not { } key)
            {
                return FaceErrorResult.WriteAsync(context.Response, refused ?? FaceErrors.AccessDenied);
            }

            if (tenants.TryAcquire(key) is not { } lease)
            {
                return FaceErrorResult.WriteAsync(context.Response, TenantLimitReached());
            }

            // Held until the request ends, so eviction at the tenant cap cannot lose what this request stores.
            context.Features.Set(lease.Tenant);
            return lease.HoldDuringAsync(next, context);
        }

        return next(context);
    }

    private FaceError TenantLimitReached() => FaceErrors.TenantLimitReached(limits.Value.MaxTenants);
}
