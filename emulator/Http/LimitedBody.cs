namespace FaceEmulator.Http;

/// <summary>Reads a stream into memory, refusing to buffer more than a limit.</summary>
internal static class LimitedBody
{
    private const int FirstBufferBytes = 4 * 1024;

    // A Content-Length is the client's word: trusted for the first buffer only up to this, so a client that claims
    // megabytes and sends nothing holds a megabyte at most; beyond it the buffer grows as the bytes arrive.
    private const int MostTrustedBytes = 1024 * 1024;

    /// <param name="expectedLength">
    /// The most the stream should hold when known (a Content-Length): the buffer starts one byte larger, up to the
    /// limit, so the body is read in place and the end of the stream is seen without regrowing.
    /// </param>
    /// <returns>The bytes, or <see langword="null"/> when the stream holds more than <paramref name="limit"/> bytes.</returns>
    public static async Task<byte[]?> ReadAsync(Stream stream, int limit, CancellationToken cancellationToken, long? expectedLength = null)
    {
        // One byte over the limit is room enough to tell "exactly the limit" from "too much".
        var ceiling = limit + 1;
        // Uninitialised: only the bytes read are ever handed out, so zeroing up to 1 MB per request would be waste.
        var buffer = GC.AllocateUninitializedArray<byte>(expectedLength is > 0
            ? (int)Math.Min(Math.Min(expectedLength.Value + 1, MostTrustedBytes), ceiling)
            : Math.Min(FirstBufferBytes, ceiling));
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length == ceiling)
                {
                    return null;
                }

                // More than expected (or no expectation): grow, doubling, up to the ceiling.
                Array.Resize(ref buffer, (int)Math.Min(Math.Max(buffer.Length * 2L, FirstBufferBytes), ceiling));
            }

            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        // The loop refuses a full buffer at the ceiling and grows any other before reading again, so here
        // length <= limit and the buffer has room to spare: the body is always copied out at its exact length.
        var body = GC.AllocateUninitializedArray<byte>(length);
        buffer.AsSpan(0, length).CopyTo(body);
        return body;
    }
}
