using System.Text.Json.Nodes;
using FaceEmulator.Errors;

namespace FaceEmulator.Decisions;

/// <summary>
/// Reads tenant rules, session scripts and script templates from JSON, for <c>/__admin</c> and the scenario
/// file alike. Unknown members are errors: a misspelt <c>match</c> member would otherwise match everything.
/// </summary>
internal static class RuleReader
{
    public const int MaxMatchLength = 256;

    private static readonly string[] RuleMembers = ["match", "outcome", "times"];
    private static readonly string[] MatchMembers = ["deviceCorrelationId", "userCorrelationId", "livenessOperationMode", "sessionKind", "verifyImageHash"];
    private static readonly string[] TemplateMembers = ["match", "outcomes", "sessions"];

    /// <summary><c>{"match":{...},"outcome":...,"times":n}</c>; only <c>outcome</c> is required.</summary>
    public static (RuleContent? Rule, FaceError? Error) ReadRule(JsonNode? node)
    {
        if (node is not JsonObject rule)
        {
            return (null, FaceErrors.InvalidRule("a rule is {\"match\":{...},\"outcome\":...,\"times\":n}."));
        }

        if (Unknown(rule, RuleMembers, FaceErrors.InvalidRule) is { } error)
        {
            return (null, error);
        }

        var (outcome, outcomeError) = OutcomeReader.ReadStrict(OutcomeReader.Member(rule, "outcome"));
        if (outcome is null)
        {
            return (null, outcomeError);
        }

        var (match, matchError) = ReadMatch(OutcomeReader.Member(rule, "match"), FaceErrors.InvalidRule);
        if (match is null)
        {
            return (null, matchError);
        }

        var (times, timesError) = ReadCount(OutcomeReader.Member(rule, "times"), "times", FaceErrors.InvalidRule);
        return timesError is null ? (new RuleContent(match, outcome, times), null) : (null, timesError);
    }

    /// <summary>A session script: a bare array of outcomes, or <c>{"outcomes":[...]}</c>.</summary>
    public static (IReadOnlyList<LivenessOutcome>? Outcomes, FaceError? Error) ReadScript(JsonNode? node)
    {
        if (node is JsonObject body && Unknown(body, ["outcomes"], FaceErrors.InvalidScript) is { } error)
        {
            return (null, error);
        }

        return ReadOutcomes(node as JsonArray ?? (node is JsonObject o ? OutcomeReader.Member(o, "outcomes") as JsonArray : null), minimum: 0);
    }

    /// <summary><c>{"match":{...},"outcomes":[...],"sessions":n}</c>; only <c>outcomes</c> is required.</summary>
    public static (ScriptTemplate? Template, FaceError? Error) ReadTemplate(JsonNode? node)
    {
        if (node is not JsonObject template)
        {
            return (null, FaceErrors.InvalidScript("a script is {\"match\":{...},\"outcomes\":[...],\"sessions\":n}."));
        }

        if (Unknown(template, TemplateMembers, FaceErrors.InvalidScript) is { } error)
        {
            return (null, error);
        }

        var (outcomes, outcomesError) = ReadOutcomes(OutcomeReader.Member(template, "outcomes") as JsonArray, minimum: 1);
        if (outcomes is null)
        {
            return (null, outcomesError);
        }

        var (match, matchError) = ReadMatch(OutcomeReader.Member(template, "match"), FaceErrors.InvalidScript);
        if (match is null)
        {
            return (null, matchError);
        }

        var (sessions, sessionsError) = ReadCount(OutcomeReader.Member(template, "sessions"), "sessions", FaceErrors.InvalidScript);
        return sessionsError is null ? (new ScriptTemplate(match, outcomes, sessions, sessions), null) : (null, sessionsError);
    }

    /// <param name="minimum">0 for a session's script (an empty one clears it), 1 for a template.</param>
    private static (IReadOnlyList<LivenessOutcome>?, FaceError?) ReadOutcomes(JsonArray? entries, int minimum)
    {
        if (entries is null || entries.Count < minimum || entries.Count > DecisionState.MaxScriptLength)
        {
            return (null, FaceErrors.InvalidScript($"the outcomes are an array of {minimum} to {DecisionState.MaxScriptLength} outcomes."));
        }

        var outcomes = new List<LivenessOutcome>(entries.Count);
        foreach (var (entry, index) in entries.Select((e, i) => (e, i)))
        {
            var (outcome, error) = OutcomeReader.ReadStrict(entry);
            if (outcome is null)
            {
                return (null, error! with { Message = $"{error.Message} (outcome {index})" });
            }

            outcomes.Add(outcome);
        }

        return (outcomes, null);
    }

    private static (RuleMatch?, FaceError?) ReadMatch(JsonNode? node, Func<string, FaceError> invalid)
    {
        if (node is null)
        {
            return (new RuleMatch(), null);
        }

        if (node is not JsonObject match)
        {
            return (null, invalid("'match' must be an object."));
        }

        if (Unknown(match, MatchMembers, invalid) is { } error)
        {
            return (null, error);
        }

        // Bounded because a rule is kept for the tenant's life; no session field it matches is longer (README).
        if (match.FirstOrDefault(p => p.Value is not null && OutcomeReader.Text(p.Value) is not { Length: <= MaxMatchLength }) is { Key: { } notText })
        {
            return (null, invalid($"match.{notText} must be a string of at most {MaxMatchLength} characters."));
        }

        string? Get(string name) => OutcomeReader.Text(OutcomeReader.Member(match, name));
        var kind = Get("sessionKind");
        if (kind is not null && !Enum.TryParse<Sessions.SessionKind>(kind, ignoreCase: true, out _))
        {
            return (null, invalid("match.sessionKind must be Liveness or LivenessWithVerify."));
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

    private static (int?, FaceError?) ReadCount(JsonNode? node, string name, Func<string, FaceError> invalid)
    {
        if (node is null)
        {
            return (null, null);
        }

        return node is JsonValue value && value.TryGetValue<int>(out var n) && n >= 1
            ? (n, null)
            : (null, invalid($"'{name}' must be a positive integer, or omitted for no limit."));
    }

    private static FaceError? Unknown(JsonObject body, string[] allowed, Func<string, FaceError> error) =>
        body.Select(p => p.Key).FirstOrDefault(name => !allowed.Contains(name, StringComparer.OrdinalIgnoreCase)) is { } unknown
            ? error($"unknown member '{unknown}'; expected {string.Join(", ", allowed)}.")
            : null;
}
