using System.Text.Json;
using System.Text.Json.Nodes;
using FaceEmulator.Errors;
using FaceEmulator.Sessions;

namespace FaceEmulator.Decisions;

/// <summary>
/// Reads an outcome from admin JSON: a scenario name (<c>"printed-photo"</c>) or an object whose
/// <c>scenario</c> is the base and whose other members override it (<c>decision</c>, <c>error</c>,
/// <c>matchConfidence</c>, <c>faceRectangle</c>, <c>latencyMs</c>). Never throws on bad input.
/// </summary>
internal static class OutcomeReader
{
    /// <summary>An attempt error's message is stored with every attempt and script entry, so it is bounded (README).</summary>
    public const int MaxErrorMessageLength = 1024;

    private static readonly string[] OutcomeMembers = ["scenario", "decision", "error", "matchConfidence", "faceRectangle", "latencyMs"];

    /// <summary>True when the object names an outcome at all (the admin attempt body may carry none).</summary>
    public static bool HasOutcome(JsonObject body) => OutcomeMembers.Any(m => Member(body, m) is not null);

    public static (LivenessOutcome? Outcome, FaceError? Error) Read(JsonNode? node)
    {
        switch (node)
        {
            case JsonValue value when value.TryGetValue<string>(out var name):
                return ScenarioCatalog.Find(name) is { } scenario ? (scenario, null) : (null, FaceErrors.UnknownScenario(name));
            case JsonObject body:
                return ReadObject(body);
            default:
                return (null, FaceErrors.InvalidOutcome("An outcome is a scenario name or an object."));
        }
    }

    /// <summary>
    /// Like <see cref="Read"/>, but an object may hold only outcome members: in rules and scripts nothing
    /// else belongs there, so a misspelt member is an error rather than silently ignored.
    /// </summary>
    public static (LivenessOutcome? Outcome, FaceError? Error) ReadStrict(JsonNode? node) =>
        node is JsonObject body && body.Select(p => p.Key).FirstOrDefault(k => !OutcomeMembers.Contains(k, StringComparer.OrdinalIgnoreCase)) is { } unknown
            ? (null, FaceErrors.InvalidOutcome($"unknown member '{unknown}'; an outcome has {string.Join(", ", OutcomeMembers)}."))
            : Read(node);

    private static (LivenessOutcome?, FaceError?) ReadObject(JsonObject body)
    {
        LivenessOutcome outcome = new();
        if (Member(body, "scenario") is { } scenarioNode)
        {
            var name = Text(scenarioNode);
            if (ScenarioCatalog.Find(name) is not { } scenario)
            {
                return (null, FaceErrors.UnknownScenario(name ?? "(not a string)"));
            }

            outcome = scenario;
        }

        if (Member(body, "decision") is { } decisionNode)
        {
            if (LivenessDecisions.Normalize(Text(decisionNode)) is not { } decision)
            {
                return (null, FaceErrors.InvalidOutcome("decision must be realface, spoofface or uncertain."));
            }

            outcome = outcome with { Decision = decision, Error = null, Scenario = null };
        }

        if (Member(body, "error") is { } errorNode)
        {
            if (Member(body, "decision") is not null)
            {
                return (null, FaceErrors.InvalidOutcome("An outcome has a decision or an error, not both."));
            }

            if (ReadError(errorNode) is not { } error)
            {
                return (null, FaceErrors.InvalidOutcome(
                    $"error must be a code or {{\"code\",\"message\"}} with a code of at most 64 characters and a message of at most {MaxErrorMessageLength}."));
            }

            outcome = outcome with { Error = error, Decision = null, Scenario = null };
        }

        if (outcome.Decision is null && outcome.Error is null)
        {
            return (null, FaceErrors.InvalidOutcome("An outcome needs a scenario, a decision or an error."));
        }

        return ReadDetails(body, outcome);
    }

    private static (LivenessOutcome?, FaceError?) ReadDetails(JsonObject body, LivenessOutcome outcome)
    {
        if (Member(body, "matchConfidence") is { } confidenceNode)
        {
            if (!Number(confidenceNode, out var confidence) || confidence is < 0 or > 1)
            {
                return (null, FaceErrors.InvalidOutcome("matchConfidence must be a number from 0 to 1."));
            }

            outcome = outcome with { MatchConfidence = Math.Round(confidence, 8), Scenario = null };
        }

        if (Member(body, "latencyMs") is { } latencyNode)
        {
            if (!Number(latencyNode, out var latency) || latency is < 0 or > 600_000 || latency != Math.Floor(latency))
            {
                return (null, FaceErrors.InvalidOutcome("latencyMs must be an integer from 0 to 600000."));
            }

            outcome = outcome with { LatencyInMilliseconds = (int)latency, Scenario = null };
        }

        if (Member(body, "faceRectangle") is { } rectangleNode)
        {
            if (ReadRectangle(rectangleNode) is not { } rectangle)
            {
                return (null, FaceErrors.InvalidOutcome("faceRectangle needs integer top and left >= 0, width and height > 0."));
            }

            outcome = outcome with { FaceRectangle = rectangle, Scenario = null };
        }

        return (outcome, null);
    }

    private static AttemptError? ReadError(JsonNode node)
    {
        var code = node is JsonObject error ? Text(Member(error, "code")) : Text(node);
        if (string.IsNullOrWhiteSpace(code) || code.Length > 64)
        {
            return null;
        }

        var message = node is JsonObject withMessage ? Text(Member(withMessage, "message")) : null;
        if (message?.Length > MaxErrorMessageLength)
        {
            return null;
        }

        return new AttemptError(code, message ?? ScenarioCatalog.MessageFor(code) ?? $"The liveness attempt failed: {code}.");
    }

    private static FaceRectangle? ReadRectangle(JsonNode node)
    {
        if (node is not JsonObject box)
        {
            return null;
        }

        int? Get(string name) => Number(Member(box, name), out var n) && n == Math.Floor(n) && n is >= 0 and <= 100_000 ? (int)n : null;
        return (Get("top"), Get("left"), Get("width"), Get("height")) is ({ } top, { } left, { } width and > 0, { } height and > 0)
            ? new FaceRectangle(top, left, width, height)
            : null;
    }

    /// <summary>Members are matched case-insensitively, as ASP.NET's JSON binding does.</summary>
    public static JsonNode? Member(JsonObject body, string name) =>
        body.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static bool Number(JsonNode? node, out double number)
    {
        number = 0;
        return node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue(out number) && double.IsFinite(number);
    }
}
