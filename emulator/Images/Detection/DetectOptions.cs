namespace FaceEmulator.Images.Detection;

/// <summary>The query parameters of a detect call, validated, with Face.json's defaults applied.</summary>
/// <param name="Attributes">Canonical attribute names (<see cref="FaceAttributeNames"/>), without duplicates.</param>
internal sealed record DetectOptions(
    string DetectionModel,
    string RecognitionModel,
    bool ReturnFaceId,
    bool ReturnFaceLandmarks,
    bool ReturnRecognitionModel,
    int FaceIdTimeToLive,
    IReadOnlyList<string> Attributes)
{
    public static DetectOptions Defaults { get; } = new("detection_01", "recognition_01", true, false, false, 86_400, []);
}
