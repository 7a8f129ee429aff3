using System.Buffers;

namespace FaceEmulator.Http;

/// <summary>Reads a stream into memory, refusing to buffer more than a limit.</summary>
internal static class LimitedBody
{
    /// <param name="expectedLength">The Content-Length when known: the buffer starts at that size (up to the limit).</param>
    /// <returns>The bytes, or <see langword="null"/> when the stream holds more than <paramref name="limit"/> bytes.</returns>
    public static async Task<byte[]?> ReadAsync(Stream stream, int limit, CancellationToken cancellationToken, long? expectedLength = null)
    {
        using var buffer = new MemoryStream(expectedLength is > 0 ? (int)Math.Min(expectedLength.Value, limit) : 0);
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        // A buffer sized exactly by Content-Length is handed over without a copy.
        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }
}
