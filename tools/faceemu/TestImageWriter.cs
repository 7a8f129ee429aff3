using Bogus;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Bmp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Tiff;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace FaceEmulator.Tool;

/// <summary>
/// Makes test images for the emulator's reference-image rules. Deterministic: the same
/// <see cref="ImageSpec"/> always gives the same bytes. Used by the CLI and by the contract tests.
/// </summary>
public static class TestImageWriter
{
    private const string PngKeyword = "faceemu";
    private const string PaddingKeyword = "padding";

    public static byte[] Write(ImageSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        Validate(spec);
        using var image = FacePainter.Paint(spec.Width, spec.Height, FacesToPaint(spec), new Randomizer(spec.Seed));
        for (var i = 1; i < spec.Frames; i++)
        {
            using var frame = image.Frames.CloneFrame(0);
            FacePainter.Mark(frame, i);
            image.Frames.AddFrame(frame.Frames.RootFrame);
        }

        var bytes = EncodePadded(image, spec);
        if (spec.ClaimWidth is not null || spec.ClaimHeight is not null)
        {
            HostileBytes.ClaimDimensions(bytes, spec.Format, spec.ClaimWidth, spec.ClaimHeight);
        }

        return HostileBytes.Corrupt(bytes, spec.Corrupt);
    }

    /// <summary>The emulator's default face (emulator/Images/FaceGeometry.cs): centred, half the shorter side wide, 6:5 tall.</summary>
    public static Rectangle DefaultFace(int width, int height)
    {
        var w = Math.Max(1, Math.Min(width, height) / 2);
        var h = Math.Min(height, w * 6 / 5);
        return new Rectangle((width - w) / 2, (height - h) / 2, w, h);
    }

    private static void Validate(ImageSpec spec)
    {
        if (spec.Width < 1 || spec.Height < 1 || spec.Frames < 1)
        {
            throw new ArgumentException("--width, --height and --frames must be at least 1.");
        }

        if (spec.Frames > 1 && spec.Format != ImageFormatKind.Gif)
        {
            throw new ArgumentException("--frames is for gif only.");
        }

        var carriesText = spec.Carrier == InstructionCarrier.Exif
            ? spec.Format is not (ImageFormatKind.Gif or ImageFormatKind.Bmp)
            : spec.Format is ImageFormatKind.Png or ImageFormatKind.Jpeg or ImageFormatKind.Gif;
        if (spec.Instruction is not null && !carriesText)
        {
            throw new ArgumentException($"{spec.Format} cannot carry the instruction as {spec.Carrier}; use --carrier exif for webp/tiff, comment for gif.");
        }
    }

    private static List<Rectangle> FacesToPaint(ImageSpec spec)
    {
        var count = spec.Faces ?? 1;
        if (spec.Face is { } f)
        {
            return [new Rectangle(f.Left, f.Top, f.Width, f.Height), .. Columns(spec, count).Skip(1)];
        }

        return count == 1 ? [DefaultFace(spec.Width, spec.Height)] : Columns(spec, count);
    }

    private static List<Rectangle> Columns(ImageSpec spec, int count)
    {
        var column = spec.Width / Math.Max(1, count);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var face = DefaultFace(column, spec.Height);
            return face with { X = face.X + (i * column) };
        })];
    }

    /// <summary>
    /// Encodes, then pads up to <see cref="ImageSpec.Size"/>: with metadata (PNG tEXt, JPEG COM, GIF
    /// comments, whose overhead is fixed, so the result is exact or a few bytes over) or, for BMP, WEBP
    /// and TIFF, with trailing bytes after the image data, which decoders ignore (exact).
    /// </summary>
    private static byte[] EncodePadded(Image<Rgb24> image, ImageSpec spec)
    {
        var bytes = Encode(image, spec, padding: 0);
        if (spec.Size is not { } target || bytes.Length >= target)
        {
            return bytes;
        }

        if (spec.Format is ImageFormatKind.Bmp or ImageFormatKind.Webp or ImageFormatKind.Tiff)
        {
            var padded = new byte[target];
            bytes.CopyTo(padded, 0);
            return padded;
        }

        var padding = target - bytes.Length;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            bytes = Encode(image, spec, padding);
            if (bytes.Length >= target && bytes.Length - target < 16)
            {
                break;
            }

            padding = Math.Max(1, padding + target - bytes.Length);
        }

        return bytes;
    }

    private static byte[] Encode(Image<Rgb24> image, ImageSpec spec, int padding)
    {
        var filler = padding > 0 ? new Randomizer(spec.Seed + 1).String2(padding, "abcdefghijklmnopqrstuvwxyz0123456789") : null;
        Annotate(image, spec, filler);
        using var stream = new MemoryStream();
        image.Save(stream, Encoder(spec.Format));
        return stream.ToArray();
    }

    private static void Annotate(Image<Rgb24> image, ImageSpec spec, string? filler)
    {
        var metadata = image.Metadata;
        metadata.ExifProfile = null;
        var png = metadata.GetPngMetadata();
        var jpeg = metadata.GetJpegMetadata();
        var gif = metadata.GetGifMetadata();
        png.TextData.Clear();
        jpeg.Comments.Clear();
        gif.Comments.Clear();

        if (spec.Instruction is { } text)
        {
            if (spec.Carrier == InstructionCarrier.Exif)
            {
                metadata.ExifProfile = new ExifProfile();
                metadata.ExifProfile.SetValue(ExifTag.ImageDescription, text);
            }
            else
            {
                png.TextData.Add(new(PngKeyword, text, string.Empty, string.Empty));
                jpeg.Comments.Add(JpegComData.FromString(text));
                gif.Comments.Add(text);
            }
        }

        if (filler is not null)
        {
            png.TextData.Add(new(PaddingKeyword, filler, string.Empty, string.Empty));
            foreach (var chunk in filler.Chunk(60_000))
            {
                jpeg.Comments.Add(JpegComData.FromString(new string(chunk)));
            }

            gif.Comments.Add(filler);
        }
    }

    private static ImageEncoder Encoder(ImageFormatKind format) => format switch
    {
        ImageFormatKind.Jpeg => new JpegEncoder { Quality = 85 },
        // Uncompressed tEXt, so padding counts byte for byte.
        ImageFormatKind.Png => new PngEncoder { TextCompressionThreshold = int.MaxValue, ColorType = PngColorType.Rgb },
        ImageFormatKind.Gif => new GifEncoder(),
        ImageFormatKind.Bmp => new BmpEncoder { BitsPerPixel = BmpBitsPerPixel.Bit24 },
        ImageFormatKind.Webp => new WebpEncoder { FileFormat = WebpFileFormatType.Lossless },
        ImageFormatKind.Tiff => new TiffEncoder(),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
