using System.Text.Json.Nodes;
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
        admin.MapDelete("/sessions/{sessionId}/script", (string sessionId, Tenant tenant) =>
        {
            tenant.Decisions.ClearScript(sessionId);
            return TypedResults.NoContent();
        }).WithName("AdminDeleteScript");
        return app;
    }

    internal static async Task<Results<Created<RuleModel>, FaceErrorResult>> AddRuleAsync(HttpRequest request, Tenant tenant)
    {
        var (body, _, error) = await AdminJson.ReadAsync(request);
        if (error is not null)
        {
            return error.ToResult();
        }

        if (body is not JsonObject rule)
        {
            return FaceErrors.InvalidOutcome("A rule is {\"match\":{...},\"outcome\":...,\"times\":n}.").ToResult();
        }

        var (outcome, outcomeError) = OutcomeReader.Read(OutcomeReader.Member(rule, "outcome"));
        if (outcome is null)
        {
            return outcomeError!.ToResult();
        }

        var (match, matchError) = ReadMatch(OutcomeReader.Member(rule, "match"));
        if (match is null)
        {
            return matchError!.ToResult();
        }

        int? times = null;
        if (OutcomeReader.Member(rule, "times") is { } timesNode)
        {
            if (timesNode is not JsonValue value || !value.TryGetValue<int>(out var n) || n < 1)
            {
                return FaceErrors.InvalidOutcome("times must be a positive integer.").ToResult();
            }

            times = n;
        }

        return tenant.Decisions.AddRule(match, outcome, times) is { } added
            ? TypedResults.Created($"{AdminRoutes.Prefix}/rules/{added.Id}", RuleModel.From(added))
            : FaceErrors.TooManyRules.ToResult();
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
        var entries = body as JsonArray ?? (body is JsonObject o ? OutcomeReader.Member(o, "outcomes") as JsonArray : null);
        if (entries is null || entries.Count > DecisionState.MaxScriptLength)
        {
            return FaceErrors.InvalidOutcome($"A script is an array of at most {DecisionState.MaxScriptLength} outcomes.").ToResult();
        }

        var outcomes = new List<LivenessOutcome>(entries.Count);
        foreach (var entry in entries)
        {
            var (outcome, outcomeError) = OutcomeReader.Read(entry);
            if (outcome is null)
            {
                return outcomeError!.ToResult();
            }

            outcomes.Add(outcome);
        }

        tenant.Decisions.SetScript(sessionId, outcomes);
        return TypedResults.Ok(new ScriptModel(sessionId, [.. outcomes.Select(OutcomeModel.From)]));
    }

    internal static Results<Ok<ScriptModel>, FaceErrorResult> GetScript(string sessionId, Tenant tenant) =>
        tenant.Sessions.Find(sessionId) is null
            ? FaceErrors.SessionNotFound.ToResult()
            : TypedResults.Ok(new ScriptModel(sessionId, [.. tenant.Decisions.GetScript(sessionId).Select(OutcomeModel.From)]));

    private static (RuleMatch?, FaceError?) ReadMatch(JsonNode? node)
    {
        if (node is null)
        {
            return (new RuleMatch(), null);
        }

        if (node is not JsonObject match)
        {
            return (null, FaceErrors.InvalidOutcome("match must be an object."));
        }

        string? Get(string name) => OutcomeReader.Text(OutcomeReader.Member(match, name));
        var kind = Get("sessionKind");
        if (kind is not null && !Enum.TryParse<Sessions.SessionKind>(kind, ignoreCase: true, out _))
        {
            return (null, FaceErrors.InvalidOutcome("match.sessionKind must be Liveness or LivenessWithVerify."));
        }

        return (new RuleMatch
        {
            DeviceCorrelationId = Get("deviceCorrelationId"),
            UserCorrelationId = Get("userCorrelationId"),
            LivenessOperationMode = Get("livenessOperationMode"),
            SessionKind = kind,
            VerifyImageHash = Get("verifyImageHash"),
        }, null);
    }
}
