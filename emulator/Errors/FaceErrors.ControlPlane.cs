namespace FaceEmulator.Errors;

/// <summary>The catalog, continued: the emulator's own admin API, its security model, and injected faults.</summary>
internal static partial class FaceErrors
{
    // Admin API (not Azure's): outcomes, scripts and rules.
    public static FaceError UnknownScenario(string name) => new(400, "BadArgument",
        $"Unknown scenario '{name}'. See docs/device-side.md for the catalogue.");

    public static FaceError InvalidOutcome(string detail) => new(400, "BadArgument", $"Invalid outcome: {detail}");

    public static FaceError InvalidRule(string detail) => new(400, "BadArgument", $"Invalid rule: {detail}");

    public static FaceError InvalidScript(string detail) => new(400, "BadArgument", $"Invalid script: {detail}");

    public static FaceError RuleNotFound { get; } = new(404, "RuleNotFound", "Rule is not found.");

    public static FaceError TooManyRules { get; } = new(400, "BadArgument", "A tenant holds at most 100 rules.");

    public static FaceError TooManyFaults { get; } = new(400, "BadArgument", "A tenant holds at most 100 fault rules.");

    public static FaceError InternalError { get; } = new(500, "InternalServerError",
        "The emulator failed unexpectedly. Please report this as a bug.");

    // Control plane (/__admin): the emulator's own API. Its errors keep Azure's envelope and Azure's
    // generic BadArgument code, so one error parser serves both halves of a test.
    public static FaceError AdminBadArgument(string message) => new(400, "BadArgument", message);

    public static FaceError FaultNotFound(string id) => new(404, "NotFound", $"There is no fault rule with id '{id}'.");

    public static FaceError NotReady { get; } = new(503, "ServiceUnavailable", "The emulator is starting. Retry shortly.");

    // Security model (README, "Security model"): emulator choices, none has Azure evidence. A refused bearer
    // token keeps the 401 code of a refused key, so Azure clients take their usual path.
    public static FaceError BearerNotAllowed { get; } = new(401, "Unspecified",
        "Access denied: bearer tokens are not accepted while Emulator:Auth:Keys is set, unless Emulator:Auth:AllowBearer is true. Send a listed key in Ocp-Apim-Subscription-Key.");

    public static FaceError AdminKeyNotConfigured { get; } = new(403, "AdminKeyNotConfigured",
        "Operations on every tenant are disabled: start the emulator with Emulator:Admin:Key and send that key in the x-emulator-admin-key header.");

    public static FaceError InvalidAdminKey { get; } = new(401, "InvalidAdminKey",
        "Access denied due to a missing or invalid admin key. Send Emulator:Admin:Key in the x-emulator-admin-key header.");

    public static FaceError CrossSiteRequest { get; } = new(403, "CrossSiteRequestForbidden",
        "A page of another site may not change the emulator's state with a request a browser sends without a CORS preflight. Send a JSON body or an Authorization: Bearer header, or call from a server.");

    // Fault defaults. The 429 message follows the recorded one (recordings README, fact 5), with the
    // operation id in place of APIM's display name ("Session DetectLiveness SingleModal - Create").
    public static FaceError RateLimited(string operation, string apiVersion, int retryAfterSeconds) => new(429, "429",
        $"Requests to the {operation} Operation under Azure AI Face API - {apiVersion} have exceeded call rate limit of your current Face S0 pricing tier. " +
        $"Please retry after {retryAfterSeconds} second{(retryAfterSeconds == 1 ? string.Empty : "s")}. " +
        "Please contact Azure support service if you would like to further increase the default rate limit.");

    public static FaceError InjectedFault(int status) => status switch
    {
        500 => new(500, "InternalServerError", "An internal server error occurred. Please retry the request."),
        502 => new(502, "BadGateway", "The service received an invalid response from an upstream server. Please retry the request."),
        503 => new(503, "ServiceUnavailable", "The service is temporarily unavailable. Please retry the request."),
        504 => new(504, "GatewayTimeout", "The service timed out waiting for an upstream server. Please retry the request."),
        >= 500 => new(status, "InternalServerError", "An internal server error occurred. Please retry the request."),
        _ => new(status, status.ToString(System.Globalization.CultureInfo.InvariantCulture), "The request failed."),
    };

    // The gateway's own messages (v1.1-preview.1 example files, 403 and 429 responses).
    public static string GatewayMessage(int status, int retryAfterSeconds) => status switch
    {
        429 => $"Rate limit is exceeded. Try again in {retryAfterSeconds} seconds.",
        403 => "Out of call volume quota. Quota will be replenished in 2 days.",
        _ => InjectedFault(status).Message,
    };
}
