using System.Buffers.Binary;
using System.Text;

namespace FaceEmulator.Tool;

/// <summary>Byte-level edits that turn a valid file into a hostile one.</summary>
internal static class HostileBytes
{
    private static readonly uint[] s_crcTable = BuildCrcTable();

    /// <summary>Rewrites the header's dimensions without touching the pixel data (PNG IHDR, BMP info header).</summary>
    public static void ClaimDimensions(byte[] bytes, ImageFormatKind format, int? width, int? height)
    {
        switch (format)
        {
            case ImageFormatKind.Png:
                // Signature (8) + chunk length (4) + "IHDR" (4), then width and height big-endian; CRC after 13 data bytes.
                if (width is { } w)
                {
                    BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16), w);
                }

                if (height is { } h)
                {
                    BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(20), h);
                }

                BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(29), Crc32(bytes.AsSpan(12, 17)));
                break;
            case ImageFormatKind.Bmp:
                if (width is { } bw)
                {
                    BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(18), bw);
                }

                if (height is { } bh)
                {
                    BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(22), bh);
                }

                break;
            default:
                throw new ArgumentException($"--claim-width/--claim-height support png and bmp, not {format}.");
        }
    }

    public static byte[] Corrupt(byte[] bytes, Corruption corruption)
    {
        switch (corruption)
        {
            case Corruption.Truncate:
                return bytes[..(bytes.Length / 2)];
            case Corruption.Header:
                Encoding.ASCII.GetBytes("NOTANIMG").CopyTo(bytes, 0);
                return bytes;
            case Corruption.Data:
                for (var i = bytes.Length / 3; i < bytes.Length * 2 / 3; i += 7)
                {
                    bytes[i] ^= 0x5A;
                }

                return bytes;
            default:
                return bytes;
        }
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc = s_crcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
