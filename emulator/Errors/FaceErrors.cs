using FaceEmulator.Versions;

namespace FaceEmulator.Errors;

/// <summary>
/// The one catalog of errors the emulator returns (this file and its <c>FaceErrors.*.cs</c> parts). Messages are Azure's, verbatim, from
/// https://aka.ms/face-error-codes-and-messages unless a recording or an example file says otherwise.
/// </summary>
internal static partial class FaceErrors
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
}
