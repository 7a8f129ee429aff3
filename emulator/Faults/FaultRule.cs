namespace FaceEmulator.Faults;

/// <summary>How an injected error is wrapped.</summary>
internal enum FaultEnvelope
{
    /// <summary><c>{"error":{"code","message"}}</c> plus <c>x-ms-error-code</c>: what the Face service returns.</summary>
    Azure,

    /// <summary><c>{"error":{"statusCode","message"}}</c>: what the API gateway in front of it returns (v1.1 example files).</summary>
    Gateway,
}

/// <summary>
/// One validated fault rule of a tenant. A rule with a <see cref="Status"/> ends matching requests with
/// that error; a rule without one only delays them (<see cref="LatencyMs"/>) and lets them through.
/// </summary>
/// <param name="Id">Assigned by the registry (<c>fault-1</c>, <c>fault-2</c>, … per tenant).</param>
/// <param name="Operation">An Azure operation name such as <c>CreateLivenessSession</c>, or <c>*</c>.</param>
/// <param name="ApiVersion">Only requests to this version match; <see langword="null"/> for any.</param>
/// <param name="ErrorCode">The envelope's code; <see langword="null"/> for the status's default.</param>
/// <param name="Message">The envelope's message; <see langword="null"/> for the status's default.</param>
/// <param name="Probability">The chance, 0..1, that a matching request is hit; drawn from the tenant's random source.</param>
/// <param name="Count">At most this many hits, then the rule expires; <see langword="null"/> for no limit.</param>
/// <param name="RetryAfterSeconds">The <c>Retry-After</c> header; 429s default to 1 as recorded.</param>
internal sealed record FaultRule(
    string Id,
    string Operation,
    string? ApiVersion,
    int? Status,
    string? ErrorCode,
    string? Message,
    FaultEnvelope Envelope,
    int LatencyMs,
    double Probability,
    int? Count,
    int? RetryAfterSeconds)
{
    public const string AnyOperation = "*";

    public bool Matches(string operation, string apiVersion) =>
        (Operation == AnyOperation || string.Equals(Operation, operation, StringComparison.Ordinal))
        && (ApiVersion is null || string.Equals(ApiVersion, apiVersion, StringComparison.Ordinal));

    /// <summary>The Retry-After to send, if any: a 429 always has one (recordings README, fact 5).</summary>
    public int? EffectiveRetryAfter => RetryAfterSeconds ?? (Status == 429 ? 1 : null);
}
