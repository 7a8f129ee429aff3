using FaceEmulator.Sessions;

namespace FaceEmulator.Images;

/// <summary>The documented default face: one face, centred, half the shorter side wide, 6:5 tall.</summary>
internal static class FaceGeometry
{
    public static FaceRectangle DefaultFace(int imageWidth, int imageHeight)
    {
        var width = Math.Max(1, Math.Min(imageWidth, imageHeight) / 2);
        var height = Math.Min(imageHeight, width * 6 / 5);
        return new FaceRectangle((imageHeight - height) / 2, (imageWidth - width) / 2, width, height);
    }

    /// <summary>Azure recommends faces of at least 200 px; under 100 px recognition quality is poor.</summary>
    public static string QualityFor(FaceRectangle face) => face.Width switch
    {
        >= 200 => "high",
        >= 100 => "medium",
        _ => "low",
    };
}
