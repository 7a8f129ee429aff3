namespace FaceEmulator.Faults;

/// <summary>The body of <c>POST /__admin/faults</c> and an item of a scenario file's <c>faults</c>.</summary>
/// <param name="Operation">Required: an Azure operation name (<c>CreateLivenessSession</c>, …) or <c>*</c>.</param>
/// <param name="ApiVersion">Optional: only this API version, e.g. <c>v1.2</c>.</param>
/// <param name="Status">400..599; omit for a latency-only rule.</param>
/// <param name="Envelope"><c>azure</c> (default) or <c>gateway</c>.</param>
/// <param name="LatencyMs">Delay before the fault or the real handler, 0..600000. Defaults to 0.</param>
/// <param name="Probability">0..1. Defaults to 1.</param>
/// <param name="Count">At least 1; omit for no limit.</param>
/// <param name="RetryAfterSeconds">0..86400. Defaults to 1 for a 429, none otherwise.</param>
internal sealed record FaultRuleContent(
    string? Operation = null,
    string? ApiVersion = null,
    int? Status = null,
    string? ErrorCode = null,
    string? Message = null,
    string? Envelope = null,
    int? LatencyMs = null,
    double? Probability = null,
    int? Count = null,
    int? RetryAfterSeconds = null)
{
    public const int MaxLatencyMs = 600_000;

    /// <summary>Azure's codes are short words (<c>InvalidRequestBody</c>); the code is also the x-ms-error-code header.</summary>
    public const int MaxErrorCodeLength = 64;

    public const int MaxMessageLength = 1024;

    /// <param name="knownOperations">Operation names the emulator serves, so a typo is an error, not a rule that never fires.</param>
    public (FaultRule? Rule, string? Error) ToRule(IReadOnlyCollection<string> knownOperations)
    {
        ArgumentNullException.ThrowIfNull(knownOperations);
        if (string.IsNullOrWhiteSpace(Operation))
        {
            return Fail("'operation' is required: an operation name such as CreateLivenessSession, or '*'.");
        }

        var operation = Operation == FaultRule.AnyOperation
            ? Operation
            : knownOperations.FirstOrDefault(o => string.Equals(o, Operation, StringComparison.OrdinalIgnoreCase));
        if (operation is null)
        {
            return Fail($"Unknown operation '{Operation}'. Known: *, {string.Join(", ", knownOperations.Order(StringComparer.Ordinal))}.");
        }

        string? version = null;
        if (ApiVersion is not null)
        {
            if (!Versions.ApiVersion.TryFind(ApiVersion, out var found))
            {
                return Fail($"Unknown apiVersion '{ApiVersion}'. Supported: {Versions.ApiVersion.SupportedList}.");
            }

            version = found.Name;
        }

        var envelope = Envelope?.ToUpperInvariant() switch
        {
            null or "AZURE" => FaultEnvelope.Azure,
            "GATEWAY" => FaultEnvelope.Gateway,
            _ => (FaultEnvelope?)null,
        };

        return this switch
        {
            { Status: < 400 or > 599 } => Fail("'status' must be between 400 and 599."),
            { LatencyMs: < 0 or > MaxLatencyMs } => Fail($"'latencyMs' must be between 0 and {MaxLatencyMs}."),
            { Status: null, LatencyMs: null or 0 } => Fail("A rule needs a 'status', a 'latencyMs' above 0, or both."),
            { Status: null, ErrorCode: not null } or { Status: null, Message: not null } or { Status: null, RetryAfterSeconds: not null } =>
                Fail("'errorCode', 'message' and 'retryAfterSeconds' need a 'status'."),
            { Probability: < 0 or > 1 or double.NaN } => Fail("'probability' must be between 0 and 1."),
            { Count: < 1 } => Fail("'count' must be at least 1, or omitted for no limit."),
            { RetryAfterSeconds: < 0 or > 86_400 } => Fail("'retryAfterSeconds' must be between 0 and 86400."),
            // A rule is kept until removed, so its texts are bounded like an attempt error's (README), and header-safe.
            { ErrorCode: { } code } when !IsHeaderToken(code) =>
                Fail($"'errorCode' must be 1 to {MaxErrorCodeLength} printable ASCII characters without spaces: it is sent as the x-ms-error-code header."),
            { Message: { } message } when message.Length > MaxMessageLength || message.Any(char.IsControl) =>
                Fail($"'message' must be at most {MaxMessageLength} characters, without control characters (CR, LF, NUL...)."),
            _ when envelope is null => Fail($"'envelope' must be 'azure' or 'gateway', not '{Envelope}'."),
            _ => (new FaultRule(string.Empty, operation, version, Status, ErrorCode, Message, envelope.Value,
                LatencyMs ?? 0, Probability ?? 1, Count, RetryAfterSeconds), null),
        };
    }

    private static (FaultRule?, string?) Fail(string error) => (null, error);

    // Kestrel refuses control characters and non-ASCII in response headers only when the faulted call answers,
    // as a 500 on every matching call: refused here instead, when the rule is added.
    private static bool IsHeaderToken(string code) =>
        code.Length is > 0 and <= MaxErrorCodeLength && code.All(c => c is > ' ' and <= '~');
}
