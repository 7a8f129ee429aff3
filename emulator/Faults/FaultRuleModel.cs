namespace FaceEmulator.Faults;

/// <summary>A fault rule as <c>/__admin/faults</c> shows it: the rule with its defaults filled in, plus counters.</summary>
/// <param name="Remaining">Hits left before the rule expires; absent when unlimited.</param>
/// <param name="Injected">Requests the rule has hit so far.</param>
internal sealed record FaultRuleModel(
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
    int Injected)
{
    public static FaultRuleModel From(FaultEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var r = entry.Rule;
        return new(r.Id, r.Operation, r.ApiVersion, r.Status, r.ErrorCode, r.Message,
            r.Envelope == FaultEnvelope.Gateway ? "gateway" : "azure",
            r.LatencyMs, r.Probability, r.Count, r.EffectiveRetryAfter, entry.Remaining, entry.Injected);
    }
}

/// <summary>The answer of <c>GET /__admin/faults</c>.</summary>
internal sealed record FaultList(IReadOnlyList<FaultRuleModel> Faults);
