namespace FaceEmulator.Testing;

/// <summary>The tenant's fault rules (<c>/__admin/faults</c>): errors, throttling and latency per Face operation.</summary>
public sealed class FaultsClient
{
    private const string Path = "/__admin/faults";
    private readonly AdminTransport _transport;

    internal FaultsClient(AdminTransport transport) => _transport = transport;

    /// <summary>Adds a rule; the answer has its <see cref="Fault.Id"/> and defaults filled in.</summary>
    public Task<Fault> AddAsync(FaultRule rule, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return _transport.SendAsync<Fault>(HttpMethod.Post, Path, rule, cancellationToken);
    }

    /// <summary>The rules in evaluation order; spent rules are gone.</summary>
    public async Task<IReadOnlyList<Fault>> ListAsync(CancellationToken cancellationToken = default) =>
        (await _transport.SendAsync<FaultList>(HttpMethod.Get, Path, null, cancellationToken).ConfigureAwait(false)).Faults;

    public Task RemoveAsync(string id, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(HttpMethod.Delete, $"{Path}/{AdminTransport.Escape(id)}", null, cancellationToken);

    public Task ClearAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync(HttpMethod.Delete, Path, null, cancellationToken);

    private sealed record FaultList(IReadOnlyList<Fault> Faults);
}

/// <summary>A fault rule to add. <see cref="Operation"/> is an Azure operation name (<c>CreateLivenessSession</c>, …) or <c>*</c>.</summary>
public sealed record FaultRule(string Operation)
{
    /// <summary>Only this API version (<c>v1.2</c>, …); null matches every version.</summary>
    public string? ApiVersion { get; init; }

    /// <summary>400..599; null for a latency-only rule.</summary>
    public int? Status { get; init; }

    public string? ErrorCode { get; init; }

    public string? Message { get; init; }

    /// <summary><c>azure</c> (default) or <c>gateway</c>.</summary>
    public string? Envelope { get; init; }

    public int? LatencyMs { get; init; }

    /// <summary>0..1, drawn from the tenant's seeded random source; null means 1.</summary>
    public double? Probability { get; init; }

    /// <summary>Apply at most this many times; null for no limit.</summary>
    public int? Count { get; init; }

    public int? RetryAfterSeconds { get; init; }

    /// <summary>429 with <c>Retry-After</c>, the way Azure throttles.</summary>
    public static FaultRule Throttle(string operation, int? count = null) => new(operation) { Status = 429, Count = count };

    /// <summary>An error status, e.g. 503, with the emulator's default code for it unless given.</summary>
    public static FaultRule Failure(string operation, int status, string? errorCode = null, int? count = null) =>
        new(operation) { Status = status, ErrorCode = errorCode, Count = count };

    /// <summary>Delays matching requests, then lets them through.</summary>
    public static FaultRule Latency(string operation, TimeSpan delay) => new(operation) { LatencyMs = (int)delay.TotalMilliseconds };
}

/// <summary>A fault rule as the emulator holds it.</summary>
/// <param name="Remaining">Hits left; null when unlimited.</param>
/// <param name="Injected">Requests it has hit so far.</param>
public sealed record Fault(
    string Id,
    string Operation,
    string? ApiVersion,
    int? Status,
    string? ErrorCode,
    string? Message,
    string Envelope,
    int LatencyMs,
    double Probability,
    int? Count,
    int? RetryAfterSeconds,
    int? Remaining,
    int Injected);
