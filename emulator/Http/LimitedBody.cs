namespace FaceEmulator.Http;

/// <summary>Reads a stream into memory, refusing to buffer more than a limit.</summary>
internal static class LimitedBody
{
    /// <returns>The bytes, or <see langword="null"/> when the stream holds more than <paramref name="limit"/> bytes.</returns>
    public static async Task<byte[]?> ReadAsync(Stream stream, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
