namespace FaceEmulator.ContractTests.Infrastructure;

/// <summary>GIFs written byte by byte, for the frame cap: far more frames than ImageSharp would make quickly.</summary>
public static class TestGifs
{
    /// <summary>A 1×1 GIF89a of <paramref name="frames"/> frames, 15 bytes each (GIF89a sections 18-22).</summary>
    public static byte[] OnePixelFrames(int frames)
    {
        using var gif = new MemoryStream();
        // Header, logical screen 1×1 with a 2-colour global table, then the table (black, white).
        gif.Write("GIF89a"u8);
        gif.Write([1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF]);
        for (var i = 0; i < frames; i++)
        {
            // Image descriptor at (0,0), 1×1; LZW minimum code size 2; one sub-block [clear, 0, end]; terminator.
            gif.Write([0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 0x01, 0]);
        }

        gif.WriteByte(0x3B);
        return gif.ToArray();
    }
}
