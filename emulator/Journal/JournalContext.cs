namespace FaceEmulator.Journal;

/// <summary>
/// What handlers tell the journal about the request they served, beyond what the route shows: the id of
/// a session they created, or the fault rule that answered instead of them.
/// </summary>
internal static class JournalContext
{
    private const string SessionIdKey = "FaceEmulator.SessionId";
    private const string FaultIdKey = "FaceEmulator.FaultId";

    /// <summary>Records the session this request created; <see langword="null"/> is ignored so callers need no branch.</summary>
    public static void SetSessionId(HttpContext context, string? sessionId)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (sessionId is not null)
        {
            context.Items[SessionIdKey] = sessionId;
        }
    }

    public static void SetFaultId(HttpContext context, string faultId)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[FaultIdKey] = faultId;
    }

    /// <summary>The session set by a handler, else the <c>sessionId</c> route value.</summary>
    public static string? GetSessionId(HttpContext context) =>
        context.Items[SessionIdKey] as string ?? context.GetRouteValue("sessionId") as string;

    public static string? GetFaultId(HttpContext context) => context.Items[FaultIdKey] as string;
}
