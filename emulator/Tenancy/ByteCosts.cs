using FaceEmulator.Decisions;
using FaceEmulator.Faults;
using FaceEmulator.Journal;
using FaceEmulator.Sessions;

namespace FaceEmulator.Tenancy;

/// <summary>
/// Estimated bytes of what a tenant stores, for <see cref="MemoryBudget"/>. A string costs its UTF-16
/// characters plus the object header; each record a fixed overhead for its object, its small fields (numbers,
/// dates, shared constant strings) and its place in a dictionary or list. The overheads are chosen to err high;
/// README, "Configuration reference", says the budgets are approximate.
/// </summary>
internal static class ByteCosts
{
    private const int StringOverhead = 32;
    private const int SessionOverhead = 1_024;
    private const int AttemptOverhead = 512;
    private const int OutcomeOverhead = 160;
    private const int RuleOverhead = 256;
    private const int FaultOverhead = 256;
    private const int JournalEntryOverhead = 256;
    private const int ImageOverhead = 128;

    public static long Text(string? text) => text is null ? 0 : StringOverhead + (2L * text.Length);

    public static long Session(SessionRecord session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var p = session.Parameters;
        return SessionOverhead + Text(session.Id) + Text(p.DeviceCorrelationId) + Text(p.ModelVersion) + Text(p.UserCorrelationId)
            + Text(p.ExpectedClientIpAddress) + (session.VerifyImage is { } v ? 64 + Text(v.Sha256Hex) : 0)
            + session.Attempts.Sum(Attempt);
    }

    public static long Attempt(AttemptRecord attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var r = attempt.Request;
        return AttemptOverhead + Text(attempt.Error?.Code) + Text(attempt.Error?.Message) + Text(attempt.Digest)
            + Text(attempt.SessionImageId) + Text(attempt.ClientIp) + Text(r.RequestId) + Text(r.ClientRequestId)
            + Text(r.Url) + Text(r.ContentType) + Text(r.UserAgent);
    }

    public static long Outcome(LivenessOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return OutcomeOverhead + Text(outcome.Error?.Code) + Text(outcome.Error?.Message);
    }

    public static long Rule(TenantRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var m = rule.Match;
        return RuleOverhead + Text(rule.Id) + Outcome(rule.Outcome) + Text(m.DeviceCorrelationId) + Text(m.UserCorrelationId)
            + Text(m.LivenessOperationMode) + Text(m.SessionKind) + Text(m.VerifyImageHash);
    }

    public static long Fault(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return FaultOverhead + Text(rule.Id) + Text(rule.ErrorCode) + Text(rule.Message);
    }

    public static long JournalEntry(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return JournalEntryOverhead + Text(entry.Path) + Text(entry.Query) + Text(entry.SessionId) + Text(entry.FaultId);
    }

    public static long Image(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return ImageOverhead + bytes.Length;
    }
}
