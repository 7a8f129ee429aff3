using FaceEmulator.Sessions;

namespace FaceEmulator.Images.Wire;

// Face.json FaceDetectionResult and the models it references, with Azure's names and property order.
// Nulls are omitted, so a member appears only when its query parameter asked for it.

/// <summary>One detected face (Face.json <c>FaceDetectionResult</c>).</summary>
internal sealed record FaceDetectionResult(
    string? FaceId,
    string? RecognitionModel,
    FaceRectangle FaceRectangle,
    FaceLandmarks? FaceLandmarks,
    FaceAttributes? FaceAttributes);

/// <summary>A point in image pixels (Face.json <c>LandmarkCoordinate</c>).</summary>
internal sealed record LandmarkCoordinate(double X, double Y);

/// <summary>
/// The attributes the emulator reports. Face.json's <c>age</c>, <c>smile</c>, <c>facialHair</c> and
/// <c>hair</c> are limited-access features the emulator refuses, so they have no member here.
/// </summary>
internal sealed record FaceAttributes
{
    public string? Glasses { get; init; }

    public HeadPose? HeadPose { get; init; }

    public OcclusionProperties? Occlusion { get; init; }

    public IReadOnlyList<AccessoryItem>? Accessories { get; init; }

    public BlurProperties? Blur { get; init; }

    public ExposureProperties? Exposure { get; init; }

    public NoiseProperties? Noise { get; init; }

    public MaskProperties? Mask { get; init; }

    public string? QualityForRecognition { get; init; }
}

internal sealed record HeadPose(double Pitch, double Roll, double Yaw);

internal sealed record OcclusionProperties(bool ForeheadOccluded, bool EyeOccluded, bool MouthOccluded);

internal sealed record AccessoryItem(string Type, double Confidence);

internal sealed record BlurProperties(string BlurLevel, double Value);

internal sealed record ExposureProperties(string ExposureLevel, double Value);

internal sealed record NoiseProperties(string NoiseLevel, double Value);

internal sealed record MaskProperties(bool NoseAndMouthCovered, string Type);
