using FaceEmulator.Admin;
using FaceEmulator.Errors;
using FaceEmulator.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FaceEmulator.Clock;

/// <summary><c>/__admin/clock</c>: read and move the caller's virtual clock.</summary>
internal static class ClockAdminApi
{
    public static RouteGroupBuilder MapClockAdmin(this RouteGroupBuilder admin)
    {
        var group = admin.MapGroup("/clock").WithTags("Clock");
        group.MapGet("/", Get).WithName("GetClock").WithSummary("The tenant's virtual time and whether it is frozen.");
        group.MapPost("/", UpdateAsync).WithName("UpdateClock")
            .WithSummary("Freeze/unfreeze, then set, then advance the tenant's clock.")
            .WithJsonBody<ClockUpdate>();
        return admin;
    }

    internal static Ok<ClockState> Get(Tenant tenant) => TypedResults.Ok(ClockState.Of(tenant.Clock));

    internal static async Task<Results<Ok<ClockState>, FaceErrorResult>> UpdateAsync(HttpRequest request, Tenant tenant)
    {
        var (update, readError) = await AdminBody.ReadAsync(request, AdminJsonContext.Default.ClockUpdate);
        if (update is null)
        {
            return readError!.ToResult();
        }

        var (change, error) = update.Parse();
        error ??= change!.CheckFrom(tenant.Clock.GetUtcNow());
        if (error is not null)
        {
            return FaceErrors.AdminBadArgument(error).ToResult();
        }

        change!.ApplyTo(tenant.Clock);
        return TypedResults.Ok(ClockState.Of(tenant.Clock));
    }
}

/// <summary>What <c>/__admin/clock</c> answers.</summary>
/// <param name="Now">The tenant's current virtual time.</param>
/// <param name="Frozen">Whether the clock stands still until set, advanced or unfrozen.</param>
internal sealed record ClockState(DateTimeOffset Now, bool Frozen)
{
    public static ClockState Of(VirtualClock clock) => new(clock.GetUtcNow(), clock.IsFrozen);
}
