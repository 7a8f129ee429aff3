using FaceEmulator.Sessions;

namespace FaceEmulator.Decisions;

/// <summary>A tenant-wide rule added through <c>POST /__admin/rules</c>.</summary>
/// <param name="Times">How many attempts it may decide; null means unlimited.</param>
/// <param name="Remaining">Attempts it may still decide; null means unlimited.</param>
internal sealed record TenantRule(string Id, RuleMatch Match, LivenessOutcome Outcome, int? Times, int? Remaining)
{
    public bool IsActive => Remaining is null or > 0;
}

/// <summary>What an attempt's session must have for a rule to apply; null members match anything.</summary>
internal sealed record RuleMatch
{
    public string? DeviceCorrelationId { get; init; }

    public string? UserCorrelationId { get; init; }

    public string? LivenessOperationMode { get; init; }

    /// <summary><c>Liveness</c> or <c>LivenessWithVerify</c>.</summary>
    public string? SessionKind { get; init; }

    /// <summary>Upper-case hex SHA-256 of the session's verify image (its <c>verifyImageHash</c>).</summary>
    public string? VerifyImageHash { get; init; }

    /// <summary>Correlation ids set by the device at <c>session/start</c> count, since they are in the parameters by then.</summary>
    public bool Matches(SessionRecord session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var parameters = session.Parameters;
        return Same(DeviceCorrelationId, parameters.DeviceCorrelationId, StringComparison.Ordinal)
            && Same(UserCorrelationId, parameters.UserCorrelationId, StringComparison.Ordinal)
            && Same(LivenessOperationMode, parameters.LivenessOperationMode, StringComparison.OrdinalIgnoreCase)
            && Same(SessionKind, session.Kind.ToString(), StringComparison.OrdinalIgnoreCase)
            && Same(VerifyImageHash, session.VerifyImage?.Sha256Hex, StringComparison.OrdinalIgnoreCase);
    }

    private static bool Same(string? wanted, string? actual, StringComparison comparison) =>
        wanted is null || string.Equals(wanted, actual, comparison);
}
