using FaceEmulator.Images.Wire;
using FaceEmulator.Sessions;

namespace FaceEmulator.Images.Detection;

/// <summary>
/// The attributes of a face, from its rectangle alone: a frontal, unoccluded face without glasses,
/// accessories or mask, well exposed. <c>qualityForRecognition</c> follows the face width
/// (<see cref="FaceGeometry.QualityFor"/>), and blur and noise follow the quality: high → low,
/// medium → medium, low → high.
/// </summary>
internal static class AttributeReport
{
    public static FaceAttributes For(FaceRectangle face, IReadOnlyCollection<string> attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        var quality = FaceGeometry.QualityFor(face);
        var (level, value) = quality switch
        {
            "high" => ("low", 0.1),
            "medium" => ("medium", 0.5),
            _ => ("high", 0.8),
        };
        T? If<T>(string name, T reported) where T : class => attributes.Contains(name) ? reported : null;

        return new FaceAttributes
        {
            Glasses = If("glasses", "noGlasses"),
            HeadPose = If("headPose", new HeadPose(0, 0, 0)),
            Occlusion = If("occlusion", new OcclusionProperties(false, false, false)),
            Accessories = If<IReadOnlyList<AccessoryItem>>("accessories", []),
            Blur = If("blur", new BlurProperties(level, value)),
            Exposure = If("exposure", new ExposureProperties("goodExposure", 0.5)),
            Noise = If("noise", new NoiseProperties(level, value)),
            Mask = If("mask", new MaskProperties(false, "noMask")),
            QualityForRecognition = If(FaceAttributeNames.QualityForRecognition, quality),
        };
    }
}
