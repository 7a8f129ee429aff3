using FaceEmulator.Admin;
using FaceEmulator.Errors;
using FaceEmulator.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FaceEmulator.Faults;

/// <summary><c>/__admin/faults</c>: the caller's fault rules.</summary>
internal static class FaultsAdminApi
{
    public static RouteGroupBuilder MapFaultsAdmin(this RouteGroupBuilder admin)
    {
        var group = admin.MapGroup("/faults").WithTags("Faults");
        group.MapGet("/", List).WithName("ListFaults").WithSummary("The tenant's fault rules, in evaluation order.");
        group.MapPost("/", AddAsync).WithName("AddFault").WithSummary("Adds a fault rule; returns it with its id.")
            .WithJsonBody<FaultRuleContent>();
        group.MapDelete("/{id}", Remove).WithName("RemoveFault").WithSummary("Removes one fault rule.");
        group.MapDelete("/", Clear).WithName("ClearFaults").WithSummary("Removes every fault rule of the tenant.");
        return admin;
    }

    internal static Ok<FaultList> List(Tenant tenant) => TypedResults.Ok(new FaultList([.. tenant.Faults.List().Select(FaultRuleModel.From)]));

    internal static async Task<Results<Created<FaultRuleModel>, FaceErrorResult>> AddAsync(HttpRequest request, Tenant tenant, KnownOperations operations)
    {
        var (content, readError) = await AdminBody.ReadAsync(request, AdminJsonContext.Default.FaultRuleContent);
        if (content is null)
        {
            return readError!.ToResult();
        }

        var (rule, error) = content.ToRule(operations.Names);
        if (rule is null)
        {
            return FaceErrors.AdminBadArgument(error!).ToResult();
        }

        if (tenant.Faults.Add(rule, out var full) is not { } entry)
        {
            return full is null ? FaceErrors.TooManyFaults.ToResult() : FaceErrors.MemoryLimitReached(full.IsTotal, full.Limit).ToResult();
        }

        var model = FaultRuleModel.From(entry);
        return TypedResults.Created($"{AdminRoutes.Prefix}/faults/{model.Id}", model);
    }

    internal static Results<NoContent, FaceErrorResult> Remove(string id, Tenant tenant) =>
        tenant.Faults.Remove(id) ? TypedResults.NoContent() : FaceErrors.FaultNotFound(id).ToResult();

    internal static NoContent Clear(Tenant tenant)
    {
        tenant.Faults.Clear();
        return TypedResults.NoContent();
    }
}
