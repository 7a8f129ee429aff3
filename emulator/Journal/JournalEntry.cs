namespace FaceEmulator.Journal;

/// <summary>One Face request a tenant sent, as <c>GET /__admin/requests</c> lists it.</summary>
/// <param name="Sequence">Counts the tenant's requests from 1; gaps show entries dropped by the cap.</param>
/// <param name="Operation">The Azure operation name, e.g. <c>CreateLivenessSession</c>.</param>
/// <param name="SessionId">The session in the route, or the one the request created.</param>
/// <param name="FaultId">The fault rule that answered instead of the handler, if any.</param>
/// <param name="Time">When the request arrived, on the tenant's virtual clock.</param>
/// <param name="DurationMs">How long it took on the host's real clock, injected latency included.</param>
internal sealed record JournalEntry(
    long Sequence,
    string Method,
    string Path,
    string? Query,
    string Operation,
    string? ApiVersion,
    int Status,
    string? SessionId,
    string? FaultId,
    DateTimeOffset Time,
    double DurationMs);
