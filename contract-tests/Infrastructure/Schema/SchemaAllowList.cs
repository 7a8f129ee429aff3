using System.Text.RegularExpressions;

namespace FaceEmulator.ContractTests.Infrastructure.Schema;

/// <summary>
/// The one place where a response may differ from the official document: each entry names the version(s),
/// the operation(s), the JSON path and the rule it excuses, and why (README "Differences from Azure").
/// Keep it short: a violation that the evidence says is the emulator's fault is fixed in the emulator.
/// </summary>
public static class SchemaAllowList
{
    /// <param name="Versions">Versions the entry covers; empty means all.</param>
    /// <param name="Operations">operationIds (without the <c>…Operations_</c> prefix) it covers; empty means all.</param>
    /// <param name="Path">The violation's JSON path, as a regex (anchored).</param>
    /// <param name="Rule">The start of the violated rule's text.</param>
    /// <param name="Reason">Why the emulator deliberately differs.</param>
    /// <param name="BodyContains">When set, the entry applies only to bodies containing this text.</param>
    public sealed record Entry(string[] Versions, string[] Operations, string Path, string Rule, string Reason, string? BodyContains = null);

    public static readonly IReadOnlyList<Entry> Entries =
    [
        new(["v1.2", "v1.3-preview.1"], ["CreateLivenessWithVerifySession", "GetLivenessWithVerifySessionResult"],
            @"\$\.results\.verifyReferences\[\d+\]\.referenceType", "\"image\" is not one of the enum values",
            "The recorded v1.3-preview.1 with-verify create and the official examples return referenceType \"image\"; " +
            "ImageType is an extensible enum (x-ms-enum modelAsString) and recordings outrank the OpenAPI document."),
        new(["v1.2", "v1.3-preview.1"], ["GetLivenessWithVerifySessionResult"],
            @"\$\.results\.verifyReferences\[\d+\]", "required property 'referenceType' is missing",
            "The recorded v1.2 with-verify GET of a Running session has verifyReferences items without referenceType " +
            "(recordings README, fact 16); recordings outrank the OpenAPI document.",
            BodyContains: "\"status\":\"Running\""),
        new(["v1.3-preview.1"], [],
            @"\$\.modelVersion", "\"2025-05-20\" is not one of the enum values",
            "The recorded v1.3-preview.1 create returned modelVersion \"2025-05-20\" (the emulator's default for that version); " +
            "LivenessModel is an extensible enum (x-ms-enum modelAsString)."),
        new(["v1.3-preview.1"], [],
            @"\$(\.livenessAbuseMonitoring\.enabled|\.isAbuseMonitoringEnabled|\.results\.attempts\[\d+\]\.abuseMonitoringResult\.isAbuseDetected)",
            "expected type object, got boolean",
            "Face.json v1.3-preview.1 emits these booleans as `type: object` (a TypeSpec artefact); their descriptions, the examples, " +
            "the Learn docs and the recorded GET (isAbuseMonitoringEnabled: true) say boolean."),
        new([], [], @"\$\.error", "required property 'code' is missing",
            "Gateway-level throttling and quota errors use Azure's gateway envelope {\"error\":{\"statusCode\":…,\"message\":…}} (official " +
            "examples), which Face.json does not describe; the emulator sends it only for faults asking for that envelope.",
            BodyContains: "\"statusCode\""),
    ];

    /// <summary>The reason a violation is allowed, or null when it is a real failure.</summary>
    public static string? Explain(SchemaOperation operation, SchemaViolation violation, string body)
    {
        var name = operation.OperationId[(operation.OperationId.IndexOf('_', StringComparison.Ordinal) + 1)..];
        return Entries.FirstOrDefault(e =>
            (e.Versions.Length == 0 || e.Versions.Contains(operation.Version))
            && (e.Operations.Length == 0 || e.Operations.Contains(name))
            && Regex.IsMatch(violation.Path, $"^{e.Path}$", RegexOptions.None, TimeSpan.FromSeconds(1))
            && violation.Rule.StartsWith(e.Rule, StringComparison.Ordinal)
            && (e.BodyContains is null || body.Contains(e.BodyContains, StringComparison.Ordinal)))?.Reason;
    }
}
