namespace FaceEmulator.Errors;

/// <summary>The catalog, continued: detect from a session image.</summary>
internal static partial class FaceErrors
{
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
}
