using FaceEmulator.Determinism;
using FaceEmulator.Images.Wire;

namespace FaceEmulator.Images.Detection;

/// <summary>What detect answers for a session image: its one face, with what the query asked for.</summary>
internal static class DetectionReport
{
    public static IReadOnlyList<FaceDetectionResult> For(SessionImage image, DetectOptions options, IIdGenerator ids)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(ids);

        // Face.json: recognitionModel "is only returned when 'returnRecognitionModel' is explicitly set as true",
        // and returnRecognitionModel "is only applicable when returnFaceId = true".
        var face = new FaceDetectionResult(
            FaceId: options.ReturnFaceId ? ids.NewGuid() : null,
            RecognitionModel: options.ReturnFaceId && options.ReturnRecognitionModel ? options.RecognitionModel : null,
            FaceRectangle: image.Face,
            FaceLandmarks: options.ReturnFaceLandmarks ? LandmarkLayout.For(image.Face) : null,
            FaceAttributes: options.Attributes.Count > 0 ? AttributeReport.For(image.Face, options.Attributes) : null);
        return [face];
    }
}
