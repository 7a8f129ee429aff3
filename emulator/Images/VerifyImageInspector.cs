using System.Security.Cryptography;
using FaceEmulator.Errors;
using FaceEmulator.Sessions;
using SixLabors.ImageSharp;

namespace FaceEmulator.Images;

/// <summary>Reads the image header with ImageSharp and reports the default face.</summary>
internal sealed class VerifyImageInspector : IVerifyImageInspector
{
    public const int MinImageBytes = 1024;

    public (VerifyReference? Reference, FaceError? Error) Inspect(VerifyImageUpload image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.Bytes.Length < MinImageBytes)
        {
            return (null, FaceErrors.ImageTooSmall);
        }

        ImageInfo info;
        try
        {
            info = Image.Identify(image.Bytes);
        }
        catch (Exception ex) when (ex is ImageFormatException or UnknownImageFormatException or NotSupportedException or InvalidOperationException)
        {
            return (null, FaceErrors.InvalidImageFormat);
        }

        var face = FaceGeometry.DefaultFace(info.Width, info.Height);
        var hash = Convert.ToHexString(SHA256.HashData(image.Bytes));
        return (new VerifyReference(face, FaceGeometry.QualityFor(face), hash), null);
    }
}
