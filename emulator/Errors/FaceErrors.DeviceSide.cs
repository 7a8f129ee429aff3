namespace FaceEmulator.Errors;

/// <summary>The catalog, continued: device-side refusals, quotas and memory budgets, session images.</summary>
internal static partial class FaceErrors
{
    // Device-side (session token) refusals. Azure documents none of these: DOC-netiso says only that the
    // gateway answers 403 when the token is not valid, so every token problem is a 403 with a code of our
    // own, and a missing token is a 401 like a missing key (docs/device-side.md, "Refusals").
    public static FaceError MissingSessionToken { get; } = new(401, "Unauthorized",
        "Access denied due to missing session authorization token. Send it as 'Authorization: Bearer <authToken>'.");

    public static FaceError InvalidSessionToken { get; } = new(403, "InvalidAuthToken",
        "The session authorization token is not valid.");

    public static FaceError SessionTokenExpired { get; } = new(403, "AuthTokenExpired",
        "The session authorization token has expired.");

    public static FaceError PathNotAllowed { get; } = new(403, "PathNotAllowed",
        "The session authorization token does not allow this operation or API version.");

    // Modelled on the gateway's quota refusal ("Out of call volume quota", 403, notes section 6.3).
    public static FaceError ClientAttemptsExceeded(int allowed) => new(403, "ClientAttemptsExceeded",
        $"Out of call volume quota. This session allows {allowed} client attempt(s).");

    // Memory bounds (Emulator:Limits). Azure documents no session or key cap; both are modelled on the
    // gateway's quota refusal (403 "Out of call volume quota", notes section 6.3), not on 429, because
    // clients retry 429 on their own and a full emulator does not empty itself by waiting (README).
    public static FaceError SessionLimitReached(int capacity) => new(403, "SessionLimitExceeded",
        $"Out of call volume quota. This key holds the maximum of {capacity} sessions (Emulator:Limits:MaxSessionsPerTenant); delete sessions to create more.");

    public static FaceError TenantLimitReached(int capacity) => new(403, "KeyLimitExceeded",
        $"Out of call volume quota. The emulator serves at most {capacity} subscription keys at once (Emulator:Limits:MaxTenants); reset unused keys through /__admin/reset.");

    // Byte budgets (Emulator:Limits:MaxTenantBytes, MaxTotalBytes): the same quota refusal, for the same reasons.
    public static FaceError MemoryLimitReached(bool total, long limit) => total
        ? new(403, "TotalMemoryLimitExceeded",
            $"Out of call volume quota. The emulator holds the maximum of about {limit} bytes over all keys (Emulator:Limits:MaxTotalBytes); delete sessions or reset keys through /__admin/reset.")
        : new(403, "MemoryLimitExceeded",
            $"Out of call volume quota. This key holds the maximum of about {limit} bytes (Emulator:Limits:MaxTenantBytes); delete sessions, scripts or rules, or reset the key through /__admin/reset.");

    public static FaceError SessionImageNotFound { get; } = new(404, "SessionImageNotFound",
        "Session image is not found. The session image id does not exist or was deleted.");
}
