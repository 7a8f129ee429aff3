using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Bmp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Memory;

namespace FaceEmulator.Images;

/// <summary>
/// ImageSharp set up for hostile input: a memory-capped allocator, first frame only, strict integrity.
/// </summary>
internal static class ImageDecoding
{
    /// <summary>
    /// Azure documents no pixel limit for the whole image (only 36..4096 px for the face), so this is
    /// the emulator's own: 36 megapixels (8000×4500, well above phone cameras' 12–24 MP) and 16384
    /// px a side. It exists so a small file claiming huge dimensions is refused from its header.
    /// </summary>
    public const long MaxPixels = 36_000_000;

    public const int MaxSide = 16_384;

    /// <summary>
    /// Azure reads only a GIF's first frame and documents no frame limit. The emulator refuses more than
    /// this many, counted from the frame descriptors, so a small file of thousands of frames costs no
    /// more than reading it once.
    /// </summary>
    public const int MaxGifFrames = 1_000;

    /// <summary>
    /// "JPEG, PNG, GIF (the first frame), and BMP" (Face.json v1.2 detect; Learn technical input
    /// requirements). WEBP is left out on purpose: only the verification-recommendations page names
    /// it, while both API-reference sources omit it. ImageSharp also knows TIFF, WEBP, TGA, QOI, ICO,
    /// PBM, EXR...; all of those are refused.
    /// </summary>
    public static readonly IReadOnlySet<IImageFormat> AcceptedFormats = new HashSet<IImageFormat>
    {
        JpegFormat.Instance, PngFormat.Instance, GifFormat.Instance, BmpFormat.Instance,
    };

    // One allocator for all requests: no single buffer may exceed what MaxPixels needs at 4 bytes a
    // pixel, and the idle pool stays small so a burst of uploads does not pin memory.
    private static readonly Configuration s_configuration = Bounded(Configuration.Default.Clone());

    /// <summary>First frame only ("GIF (the first frame)"), and no tolerance for damaged pixel data.</summary>
    public static DecoderOptions Options { get; } = new()
    {
        Configuration = s_configuration,
        MaxFrames = 1,
        SegmentIntegrityHandling = SegmentIntegrityHandling.Strict,
    };

    // Identify reads frame descriptors and skips pixel data; it stops one frame past the limit.
    private static readonly DecoderOptions s_frameCounting = new() { Configuration = s_configuration, MaxFrames = MaxGifFrames + 1 };

    private static Configuration Bounded(Configuration configuration)
    {
        configuration.MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions
        {
            MaximumPoolSizeMegabytes = 32,
            AllocationLimitMegabytes = (int)(MaxPixels * 4 / (1024 * 1024)) + 16,
        });
        return configuration;
    }

    /// <summary>Reads the header once (for a GIF, every frame descriptor too, to count them), never pixel data.</summary>
    public static ImageInfo Identify(IImageFormat format, byte[] bytes) =>
        Image.Identify(format == GifFormat.Instance ? s_frameCounting : Options, bytes);

    /// <summary>Too many pixels or sides too long in the header, or a GIF of more than <see cref="MaxGifFrames"/> frames.</summary>
    public static bool IsTooLarge(ImageInfo info) =>
        info.Width > MaxSide || info.Height > MaxSide || (long)info.Width * info.Height > MaxPixels
        || info.FrameMetadataCollection.Count > MaxGifFrames;
}
