using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace FaceEmulator.ContractTests.Infrastructure;

/// <summary>Images made on the fly with ImageSharp; no real faces anywhere.</summary>
public static class TestImages
{
    private static readonly Lazy<byte[]> s_portrait = new(() => Png(640, 480, seed: 7));

    /// <summary>A 640×480 PNG of noise, well over 1 KB: the default face is centred, 240 px wide, high quality.</summary>
    public static byte[] Portrait => s_portrait.Value;

    public static byte[] Png(int width, int height, int seed)
    {
        using var image = new Image<Rgb24>(width, height);
        var state = (uint)seed | 1;
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                foreach (ref var pixel in rows.GetRowSpan(y))
                {
                    // xorshift noise: incompressible enough that the PNG stays above Azure's 1 KB minimum.
                    state ^= state << 13;
                    state ^= state >> 17;
                    state ^= state << 5;
                    pixel = new Rgb24((byte)state, (byte)(state >> 8), (byte)(state >> 16));
                }
            }
        });
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }
}
