namespace FaceEmulator.Testing;

/// <summary>The tenant's outcome rules (<c>/__admin/rules</c>): the first rule whose match fits an attempt's session decides it.</summary>
public sealed class RulesClient
{
    private const string Path = "/__admin/rules";
    private readonly AdminTransport _transport;

    internal RulesClient(AdminTransport transport) => _transport = transport;

    /// <summary>
    /// Adds a rule, e.g. <c>AddAsync(new RuleMatch { DeviceCorrelationId = "spoofer" }, Scenario.ScreenReplay)</c>;
    /// <paramref name="times"/> limits how many attempts it decides.
    /// </summary>
    public Task<Rule> AddAsync(RuleMatch match, Outcome outcome, int? times = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(outcome);
        return _transport.SendAsync<Rule>(HttpMethod.Post, Path, new RuleContent(match, outcome, times), cancellationToken);
    }

    public Task<IReadOnlyList<Rule>> ListAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync<IReadOnlyList<Rule>>(HttpMethod.Get, Path, null, cancellationToken);

    public Task RemoveAsync(string id, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(HttpMethod.Delete, $"{Path}/{AdminTransport.Escape(id)}", null, cancellationToken);

    public Task ClearAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync(HttpMethod.Delete, Path, null, cancellationToken);

    private sealed record RuleContent(RuleMatch Match, Outcome Outcome, int? Times);
}

/// <summary>What a session must have for a rule to apply; null members match anything.</summary>
public sealed record RuleMatch
{
    public string? DeviceCorrelationId { get; init; }

    public string? UserCorrelationId { get; init; }

    public string? LivenessOperationMode { get; init; }

    /// <summary><c>Liveness</c> or <c>LivenessWithVerify</c>.</summary>
    public string? SessionKind { get; init; }

    /// <summary>Upper-case hex SHA-256 of the session's verify image.</summary>
    public string? VerifyImageHash { get; init; }
}

/// <summary>A rule as the emulator holds it; an exhausted rule stays listed with <see cref="Remaining"/> 0.</summary>
public sealed record Rule(string Id, RuleMatch Match, Outcome Outcome, int? Times, int? Remaining);
