using FaceEmulator.Images.Wire;
using FaceEmulator.Sessions;

namespace FaceEmulator.Images.Detection;

/// <summary>
/// The 27 landmarks of a face, placed at fixed fractions of its rectangle (a frontal, upright face:
/// eyes at 40 % of the height, nose tip at 62 %, mouth at 80 %), rounded to 0.1 px as Azure prints them.
/// "Left" is the image's left, as in Azure's examples (pupilLeft.x &lt; pupilRight.x).
/// </summary>
internal static class LandmarkLayout
{
    public static FaceLandmarks For(FaceRectangle face)
    {
        ArgumentNullException.ThrowIfNull(face);
        LandmarkCoordinate At(double fx, double fy) =>
            new(Math.Round(face.Left + (fx * face.Width), 1), Math.Round(face.Top + (fy * face.Height), 1));

        return new FaceLandmarks(
            PupilLeft: At(0.30, 0.40),
            PupilRight: At(0.70, 0.40),
            NoseTip: At(0.50, 0.62),
            MouthLeft: At(0.34, 0.80),
            MouthRight: At(0.66, 0.80),
            EyebrowLeftOuter: At(0.16, 0.30),
            EyebrowLeftInner: At(0.42, 0.28),
            EyeLeftOuter: At(0.21, 0.41),
            EyeLeftTop: At(0.30, 0.37),
            EyeLeftBottom: At(0.30, 0.43),
            EyeLeftInner: At(0.39, 0.41),
            EyebrowRightInner: At(0.58, 0.28),
            EyebrowRightOuter: At(0.84, 0.30),
            EyeRightInner: At(0.61, 0.41),
            EyeRightTop: At(0.70, 0.37),
            EyeRightBottom: At(0.70, 0.43),
            EyeRightOuter: At(0.79, 0.41),
            NoseRootLeft: At(0.45, 0.42),
            NoseRootRight: At(0.55, 0.42),
            NoseLeftAlarTop: At(0.44, 0.55),
            NoseRightAlarTop: At(0.56, 0.55),
            NoseLeftAlarOutTip: At(0.40, 0.62),
            NoseRightAlarOutTip: At(0.60, 0.62),
            UpperLipTop: At(0.50, 0.76),
            UpperLipBottom: At(0.50, 0.79),
            UnderLipTop: At(0.50, 0.82),
            UnderLipBottom: At(0.50, 0.86));
    }
}
