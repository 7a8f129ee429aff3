using System.Buffers.Binary;
using System.Security.Cryptography;

namespace FaceEmulator.Determinism;

/// <summary>Mints ids in the configured <see cref="IdMode"/>; one instance per tenant.</summary>
internal sealed class IdGenerator(IdMode mode, IRandomSource random) : IIdGenerator
{
    private long _counter;

    public string NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        switch (mode)
        {
            case IdMode.Sequential:
                bytes.Clear();
                BinaryPrimitives.WriteInt64BigEndian(bytes[8..], Interlocked.Increment(ref _counter));
                return FormatBigEndian(bytes);
            case IdMode.Seeded:
                random.NextBytes(bytes);
                break;
            default:
                RandomNumberGenerator.Fill(bytes);
                break;
        }

        // Version 4, RFC 4122 variant, like the ids Azure hands out.
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return FormatBigEndian(bytes);
    }

    public string NewSessionImageId()
    {
        Span<byte> bytes = stackalloc byte[33];
        if (mode == IdMode.Sequential)
        {
            bytes.Clear();
            bytes[0] = 0x01;
            BinaryPrimitives.WriteInt64BigEndian(bytes[25..], Interlocked.Increment(ref _counter));
        }
        else if (mode == IdMode.Seeded)
        {
            random.NextBytes(bytes);
        }
        else
        {
            RandomNumberGenerator.Fill(bytes);
        }

        return Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');
    }

    private static string FormatBigEndian(ReadOnlySpan<byte> bytes) => new Guid(bytes, bigEndian: true).ToString("D");
}
