using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;

namespace FaceEmulator.Images;

/// <summary>
/// ImageSharp's JPEG and GIF decoders fill in missing pixel data instead of failing, even in strict
/// mode, so a truncated upload would "decode". These checks find the end markers such a file lacks.
/// (PNG and BMP truncation already fails the decode.)
/// </summary>
internal static class TruncationCheck
{
    public static bool IsComplete(IImageFormat format, ReadOnlySpan<byte> bytes)
    {
        if (format == JpegFormat.Instance)
        {
            // EOI must follow the last start-of-scan; scan data escapes 0xFF, so FF D9 there is the marker.
            // Searching after the last SOS skips any EXIF thumbnail, which has its own SOS and EOI earlier.
            var lastScan = bytes.LastIndexOf([(byte)0xFF, (byte)0xDA]);
            return lastScan >= 0 && bytes[lastScan..].IndexOf([(byte)0xFF, (byte)0xD9]) >= 0;
        }

        if (format == GifFormat.Instance)
        {
            // A GIF ends with its trailer byte, 0x3B (GIF89a, section 27).
            return bytes[^1] == 0x3B;
        }

        return true;
    }
}
