using System.Text.Json;

namespace FaceEmulator.Testing;

/// <summary>
/// An attempt the admin API recorded, read from either family's shape: a <c>results.attempts[]</c> item
/// (v1.2+) or an audit entry (v1.1/v1.2-preview). <see cref="Json"/> is the emulator's answer as sent.
/// </summary>
/// <param name="AttemptId">1 for the session's first attempt (the audit <c>id</c> in classic sessions).</param>
/// <param name="LivenessDecision">The decision, or null when the attempt failed.</param>
/// <param name="ErrorCode">The attempt error (v1.2+ only; classic audit entries do not carry one).</param>
public sealed record Attempt(
    long AttemptId,
    string? LivenessDecision,
    string? ErrorCode,
    string? ErrorMessage,
    double? MatchConfidence,
    bool? IsIdentical,
    string? SessionImageId,
    JsonElement Json)
{
    internal static Attempt Parse(JsonElement json)
    {
        if (json.TryGetProperty("attemptId", out var attemptId))
        {
            var result = Member(json, "result");
            var error = Member(json, "error");
            var verify = result is { } r ? Member(r, "verifyResult") : null;
            return new Attempt(
                attemptId.GetInt64(),
                Text(result, "livenessDecision"),
                Text(error, "code"),
                Text(error, "message"),
                verify is { } v ? Member(v, "matchConfidence")?.GetDouble() : null,
                verify is { } w ? Member(w, "isIdentical")?.GetBoolean() : null,
                Text(result, "sessionImageId"),
                json.Clone());
        }

        var body = Member(json, "response") is { } response ? Member(response, "body") : null;
        var classicVerify = body is { } b ? Member(b, "verifyResult") : null;
        return new Attempt(
            json.GetProperty("id").GetInt64(),
            Text(body, "livenessDecision"),
            null,
            null,
            classicVerify is { } cv ? Member(cv, "matchConfidence")?.GetDouble() : null,
            classicVerify is { } ci ? Member(ci, "isIdentical")?.GetBoolean() : null,
            Text(json, "sessionImageId"),
            json.Clone());
    }

    private static JsonElement? Member(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static string? Text(JsonElement? element, string name) =>
        element is { } e && Member(e, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;
}
