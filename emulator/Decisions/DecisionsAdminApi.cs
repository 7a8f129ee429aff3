using FaceEmulator.Admin;
using FaceEmulator.Decisions.Wire;
using FaceEmulator.Errors;
using FaceEmulator.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FaceEmulator.Decisions;

/// <summary>
/// <c>/__admin/rules</c> (tenant-wide rules) and <c>/__admin/sessions/{id}/script</c> (per-session
/// scripts). The tenant is the one named by the request's subscription key.
/// </summary>
internal static class DecisionsAdminApi
{
    public static IEndpointRouteBuilder MapDecisionsAdmin(this IEndpointRouteBuilder app)
    {
        var admin = app.MapAdminGroup().WithTags("Decisions");
        admin.MapPost("/rules", AddRuleAsync).WithName("AdminAddRule");
        admin.MapGet("/rules", (Tenant tenant) => TypedResults.Ok<IReadOnlyList<RuleModel>>([.. tenant.Decisions.Rules.Select(RuleModel.From)]))
            .WithName("AdminListRules");
        admin.MapDelete("/rules/{ruleId}", DeleteRule).WithName("AdminDeleteRule");
        admin.MapDelete("/rules", (Tenant tenant) =>
        {
            tenant.Decisions.ClearRules();
            return TypedResults.NoContent();
        }).WithName("AdminDeleteRules");

        admin.MapPut("/sessions/{sessionId}/script", SetScriptAsync).WithName("AdminSetScript");
        admin.MapGet("/sessions/{sessionId}/script", GetScript).WithName("AdminGetScript");
        admin.MapDelete("/sessions/{sessionId}/script", DeleteScript).WithName("AdminDeleteScript");
        return app;
    }

    internal static async Task<Results<Created<RuleModel>, FaceErrorResult>> AddRuleAsync(HttpRequest request, Tenant tenant)
    {
        var (body, _, error) = await AdminJson.ReadAsync(request);
        if (error is not null)
        {
            return error.ToResult();
        }

        var (rule, ruleError) = RuleReader.ReadRule(body);
        if (rule is null)
        {
            return ruleError!.ToResult();
        }

        return tenant.Decisions.AddRule(rule.Match, rule.Outcome, rule.Times, out var full) is { } added
            ? TypedResults.Created($"{AdminRoutes.Prefix}/rules/{added.Id}", RuleModel.From(added))
            : full is not null ? FaceErrors.MemoryLimitReached(full.IsTotal, full.Limit).ToResult() : FaceErrors.TooManyRules.ToResult();
    }

    internal static Results<NoContent, FaceErrorResult> DeleteRule(string ruleId, Tenant tenant) =>
        tenant.Decisions.RemoveRule(ruleId) ? TypedResults.NoContent() : FaceErrors.RuleNotFound.ToResult();

    internal static async Task<Results<Ok<ScriptModel>, FaceErrorResult>> SetScriptAsync(string sessionId, HttpRequest request, Tenant tenant)
    {
        if (tenant.Sessions.Find(sessionId) is null)
        {
            return FaceErrors.SessionNotFound.ToResult();
        }

        var (body, _, error) = await AdminJson.ReadAsync(request);
        if (error is not null)
        {
            return error.ToResult();
        }

        // Either a bare array or {"outcomes": [...]}.
        var (outcomes, scriptError) = RuleReader.ReadScript(body);
        if (outcomes is null)
        {
            return scriptError!.ToResult();
        }

        // Asked again as the script is kept: the session may have been deleted while the body was arriving.
        return tenant.Decisions.TrySetScript(sessionId, outcomes, out var full) switch
        {
            ScriptWrite.Written => TypedResults.Ok(new ScriptModel(sessionId, [.. outcomes.Select(OutcomeModel.From)])),
            ScriptWrite.OverBudget => FaceErrors.MemoryLimitReached(full!.IsTotal, full.Limit).ToResult(),
            _ => FaceErrors.SessionNotFound.ToResult(),
        };
    }

    // Like PUT and GET, only for a live session: a script kept for an unknown id would never be freed.
    internal static Results<NoContent, FaceErrorResult> DeleteScript(string sessionId, Tenant tenant) =>
        tenant.Decisions.TryClearScript(sessionId) ? TypedResults.NoContent() : FaceErrors.SessionNotFound.ToResult();

    internal static Results<Ok<ScriptModel>, FaceErrorResult> GetScript(string sessionId, Tenant tenant) =>
        tenant.Sessions.Find(sessionId) is { } session && tenant.Decisions.GetScript(session) is { } script
            ? TypedResults.Ok(new ScriptModel(sessionId, [.. script.Select(OutcomeModel.From)]))
            : FaceErrors.SessionNotFound.ToResult();
}
