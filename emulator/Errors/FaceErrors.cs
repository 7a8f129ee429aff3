using FaceEmulator.Versions;

namespace FaceEmulator.Errors;

/// <summary>
/// The one catalog of errors the emulator returns. Messages are Azure's, verbatim, from
/// https://aka.ms/face-error-codes-and-messages unless a recording or an example file says otherwise.
/// </summary>
internal static class FaceErrors
{
    public static FaceError InvalidStart { get; } = new(400, "BadArgument",
        "Start parameter is invalid. Please specify the 'Id' field of the last entry to continue the listing process.");

    public static FaceError InvalidTop { get; } = new(400, "BadArgument",
        "Top parameter is invalid. Valid range is between 1 and 1000 inclusive.");

    public static FaceError InvalidRequestBody { get; } = new(400, "InvalidRequestBody",
        "Incorrect request body provided. Please check the operation schema and try again.");

    public static FaceError InvalidTokenLifetime { get; } = new(400, "InvalidTokenLifetime",
        "Invalid authTokenTimeToLiveInSeconds specified. Must be within 60 to 86400.");

    public static FaceError InvalidLivenessOperationMode { get; } = new(400, "InvalidLivenessOperationMode",
        "Invalid livenessOperationMode specified. Must be 'Passive'.");

    public static FaceError InvalidDeviceCorrelationId { get; } = new(400, "InvalidDeviceCorrelationId",
        "A device correlation ID is required in the request body during session create or session start. Must not be null or empty, and be no more than 64 characters.");

    // Emulator choice: Azure documents no code for these v1.3 fields; they use the generic body error's code.
    public static FaceError InvalidClientAttempts { get; } = new(400, "InvalidRequestBody",
        "Invalid numberOfClientAttemptsAllowed specified. Must be within 1 to 3.");

    public static FaceError InvalidVerifyConfidenceThreshold { get; } = new(400, "InvalidRequestBody",
        "Invalid verifyConfidenceThreshold specified. Must be within 0 to 1.");

    // Azure answered 400 when v1.3 callers left the user correlation id out; the code mirrors the
    // documented InvalidDeviceCorrelationId (an emulator choice, see README).
    public static FaceError InvalidUserCorrelationId { get; } = new(400, "InvalidUserCorrelationId",
        "A user correlation ID is required in the request body during session create or session start. Must not be null or empty, and be no more than 64 characters.");

    // Face.json documents the model selector as the enum LivenessModel (per version); other values get the
    // generic body error, since Azure documents no code of its own for them (README, "Differences from Azure").
    public static FaceError InvalidLivenessModel(string field, IEnumerable<string> allowed) => new(400, "InvalidRequestBody",
        $"Invalid {field} specified. Must be one of: {string.Join(", ", allowed)}.");

    // Recorded body, byte for byte (recordings/js/v1.1-preview.1/node/session/recording_testdeletesession.json).
    public static FaceError SessionNotFound { get; } = new(404, "SessionNotFound",
        "Session Id is not found. The session id is expired or does not exist.");

    public static FaceError UnsupportedMediaType { get; } = new(415, "BadArgument", "Invalid Media Type.");

    public static FaceError MissingVerifyImage { get; } = new(400, "InvalidRequestBody",
        "The verify image is missing. Content-Disposition header field for the verify image part must have filename.");

    public static FaceError BodyTooLarge { get; } = new(413, "BadArgument", "Request body is too large.");

    // Emulator choice: Kestrel's MinRequestBodyDataRate (Emulator:Limits) gave up on a body arriving too slowly.
    // Azure's gateway behaviour is not documented; the status is HTTP's own (README, "Differences from Azure").
    public static FaceError RequestBodyTimeout { get; } = new(408, "RequestTimeout", "The request body did not arrive in time.");

    /// <summary>The error for Kestrel's refusal of a body: too large (413), too slow (408), or malformed framing (400).</summary>
    public static FaceError ForBodyRefusal(int kestrelStatus) => kestrelStatus switch
    {
        413 => BodyTooLarge,
        408 => RequestBodyTimeout,
        _ => InvalidRequestBody,
    };

    public static FaceError InvalidImageFormat { get; } = new(400, "InvalidImage", "Decoding error, image format unsupported.");

    public static FaceError NoFaceDetected { get; } = new(400, "InvalidImage", "No face detected in the image.");

    public static FaceError MoreThanOneFace { get; } = new(400, "InvalidImage", "There is more than 1 face in the image.");

    // Emulator only: a "faceemu:" instruction in the verify image's metadata that it cannot follow
    // (docs/images.md). The code is Azure's image error so clients take their usual path.
    public static FaceError InvalidFaceInstruction { get; } = new(400, "InvalidImage",
        "Emulator: the faceemu instruction in the image metadata is malformed or its face lies outside the image.");

    public static FaceError ImageTooSmall { get; } = new(400, "InvalidImageSize", "Image size is too small.");

    public static FaceError ImageTooBig { get; } = new(400, "InvalidImageSize", "Image size is too big.");

    // v1.1-preview.1 example files (LivenessSessionOperations_CreateLivenessSession.json, 401 response).
    public static FaceError AccessDenied { get; } = new(401, "Unspecified",
        "Access denied due to invalid subscription key. Make sure you are subscribed to an API you are trying to call and provide the right key.");

    public static FaceError ResourceNotFound { get; } = new(404, "404",
        $"Resource not found. Supported API versions: {ApiVersion.SupportedList}.");

    public static FaceError MethodNotAllowed { get; } = new(405, "405", "Method not allowed.");

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

    // Detect from a session image (Face.json DetectFromSessionImageId). The first five are the common
    // Face error codes (https://aka.ms/face-error-codes-and-messages); the argument messages follow the
    // documented "Invalid argument targetFace." / "Argument targetFace out of range." forms, and the
    // detection-model message the one the service sent for detection_03 (MicrosoftDocs/azure-docs#119106).
    public static FaceError DetectBodyInvalid { get; } = new(400, "BadArgument", "Request body is invalid.");

    public static FaceError DetectJsonInvalid { get; } = new(400, "BadArgument", "JSON parsing error.");

    public static FaceError InvalidDetectionModel { get; } = new(400, "BadArgument", "'detectionModel' is invalid.");

    public static FaceError InvalidRecognitionModel { get; } = new(400, "BadArgument", "'recognitionModel' is invalid.");

    public static FaceError InvalidArgument(string name) => new(400, "BadArgument", $"Invalid argument {name}.");

    public static FaceError ArgumentOutOfRange(string name) => new(400, "BadArgument", $"Argument {name} out of range.");

    public static FaceError AttributesNotSupportedBy(string detectionModel, IEnumerable<string> supported) =>
        supported.Any()
            ? new(400, "BadArgument", $"Only face attributes '{string.Join(',', supported).ToLowerInvariant()}' are supported by {detectionModel}.")
            : new(400, "BadArgument", $"Face attributes are not supported by {detectionModel}.");

    public static FaceError LandmarksNotSupportedBy(string detectionModel) => new(400, "BadArgument",
        $"Face landmarks are not supported by {detectionModel}.");

    public static FaceError QualityNeedsRecognitionModel { get; } = new(400, "BadArgument",
        "Face attribute 'qualityForRecognition' is only supported by recognition_03 and recognition_04.");

    // The limited-access attributes (age, smile, facialHair, hair) need Microsoft's approval; the emulator
    // stands for a resource without it and answers with the documented refusal, naming what was asked.
    public static FaceError AttributesNeedApproval(IEnumerable<string> attributes) => new(403, "UnsupportedFeature",
        $"Feature is not supported, missing approval for one or more of the following features: {string.Join(", ", attributes)}.");

    // Emulator only: detection from an uploaded image or a URL is not a liveness operation.
    public static FaceError DetectSourceNotEmulated { get; } = new(400, "BadArgument",
        "Emulator: only detection from a session image is emulated. Send a JSON body {\"sessionImageId\": \"...\"}.");

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
