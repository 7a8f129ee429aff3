using FaceEmulator.Errors;
using FaceEmulator.Sessions;
using SixLabors.ImageSharp;

namespace FaceEmulator.Images;

/// <summary>
/// The frame a device call sends, checked with the reference image's safe-decoding limits (ImageDecoding):
/// a size cap, then the header only (a GIF's frame descriptors counted up to the cap, never its pixels), through
/// the bounded allocator. Callers run it before taking any tenant lock. Azure publishes no device-side body, so
/// a frame the emulator cannot read is still accepted, as before: it is kept and reported with the synthetic face.
/// </summary>
internal static class DeviceFrame
{
    /// <returns>The default face of the frame (null when it is not a readable image), or 400 <c>InvalidImageSize</c>.</returns>
    public static (FaceRectangle? Face, FaceError? Error) Inspect(byte[] frame, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (frame.Length > maxBytes)
        {
            return (null, FaceErrors.ImageTooBig);
        }

        ImageInfo info;
        try
        {
            var format = Image.DetectFormat(ImageDecoding.Options, frame);
            info = ImageDecoding.Identify(format, frame);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Hostile bytes throw many exception types; an unreadable frame is simply not an image here.
            return (null, null);
        }

        return ImageDecoding.IsTooLarge(info)
            ? (null, FaceErrors.ImageTooBig)
            : (FaceGeometry.DefaultFace(info.Width, info.Height), null);
    }
}
