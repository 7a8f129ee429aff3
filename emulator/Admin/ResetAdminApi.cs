using FaceEmulator.Errors;
using FaceEmulator.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FaceEmulator.Admin;

/// <summary>
/// <c>POST /__admin/reset</c>: forget the caller's tenant, or every tenant with <c>?all=true</c>, which needs the
/// admin key (<see cref="AdminKeyGuard"/>) rather than a tenant's key.
/// </summary>
internal static class ResetAdminApi
{
    public static RouteGroupBuilder MapResetAdmin(this RouteGroupBuilder admin)
    {
        // TenantRequired: false so ?all=true works with the admin key alone; the handler asks for a tenant otherwise.
        admin.MapPost("/reset", Reset).WithTags("Reset").WithName("Reset")
            .WithSummary("Resets the caller's tenant (sessions, clock, faults, journal) to its start state; ?all=true resets every tenant and needs the x-emulator-admin-key header.")
            .WithMetadata(new AdminEndpoint(TenantRequired: false));
        return admin;
    }

    internal static Results<NoContent, FaceErrorResult> Reset(Tenant? tenant, string? all, HttpRequest request, TenantRegistry tenants, AdminKeyGuard guard)
    {
        if (all is not null && !bool.TryParse(all, out _))
        {
            return FaceErrors.AdminBadArgument($"'all' must be true or false, not '{all}'.").ToResult();
        }

        if (all is not null && bool.Parse(all))
        {
            if (guard.Check(request) is { } refused)
            {
                return refused.ToResult();
            }

            tenants.ResetAll();
            return TypedResults.NoContent();
        }

        if (tenant is null)
        {
            return FaceErrors.AccessDenied.ToResult();
        }

        tenants.Reset(tenant.Key);
        return TypedResults.NoContent();
    }
}
