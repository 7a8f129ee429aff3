namespace FaceEmulator.Images.Detection;

/// <summary>Face.json's <c>FaceAttributeType</c> values and which detection model reports which.</summary>
internal static class FaceAttributeNames
{
    public const string QualityForRecognition = "qualityForRecognition";

    /// <summary>Every value Face.json lists, in its order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "headPose", "glasses", "occlusion", "accessories", "blur", "exposure", "noise", "mask", QualityForRecognition,
        "age", "smile", "facialHair", "hair",
    ];

    /// <summary>Limited-access attributes: Azure returns them only to approved resources; the emulator refuses them.</summary>
    public static IReadOnlySet<string> Limited { get; } = new HashSet<string>(["age", "smile", "facialHair", "hair"], StringComparer.Ordinal);

    /// <summary>
    /// The attributes a detection model reports (Learn, "Specify a face detection model"): detection_01 the main
    /// ones, detection_02 none, detection_03 head pose, mask and quality (as the service's own message lists).
    /// </summary>
    public static IReadOnlyList<string> SupportedBy(string detectionModel) => detectionModel switch
    {
        "detection_01" => ["headPose", "glasses", "occlusion", "accessories", "blur", "exposure", "noise", QualityForRecognition],
        "detection_03" => ["headPose", "mask", QualityForRecognition],
        _ => [],
    };

    /// <summary>The canonical spelling of <paramref name="name"/>, matched ignoring case; null when unknown.</summary>
    public static string? Canonical(string name) =>
        All.FirstOrDefault(known => string.Equals(known, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>How the refusal names a feature: <c>facialHair</c> → <c>FacialHair</c>.</summary>
    public static string FeatureName(string attribute) => char.ToUpperInvariant(attribute[0]) + attribute[1..];
}
