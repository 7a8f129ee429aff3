using System.Net.Sockets;
using System.Text;

namespace FaceEmulator.ContractTests.Resilience;

/// <summary>A response read off a raw socket: what Kestrel or the emulator sent, byte for byte, or nothing.</summary>
/// <param name="Status">The status, or 0 when the server closed the connection without answering.</param>
public sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>
/// HTTP/1.1 over a plain socket, for what HttpClient refuses to send: unnormalised paths, NUL bytes, truncated,
/// stalled and endless bodies. Every wait is bounded by <see cref="Deadline"/>.
/// </summary>
public static class RawHttp
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    /// <summary>Sends <paramref name="head"/> (request line and headers, CRLF-terminated) and then <paramref name="body"/>.</summary>
    /// <param name="endless">After the body, keep writing this chunk until the server answers or closes.</param>
    /// <param name="halfClose">Close the sending side after the body (a truncated upload); otherwise the connection
    /// stays open without sending more (a stalled client) until the server answers or closes.</param>
    public static async Task<RawResponse> SendAsync(Uri server, string head, byte[]? body = null, byte[]? endless = null, bool halfClose = false)
    {
        using var timeout = new CancellationTokenSource(Deadline);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(server.Host, server.Port, timeout.Token);
        await using var stream = new NetworkStream(socket, ownsSocket: false);

        var reading = ReadAllAsync(stream, timeout.Token);
        try
        {
            await stream.WriteAsync(Encoding.Latin1.GetBytes(head), timeout.Token);
            if (body is not null)
            {
                await stream.WriteAsync(body, timeout.Token);
            }

            if (endless is not null)
            {
                while (!reading.IsCompleted)
                {
                    await stream.WriteAsync(endless, timeout.Token);
                }
            }
            else if (halfClose)
            {
                socket.Shutdown(SocketShutdown.Send);
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
        {
            // The server refused the rest and closed: its answer (if any) is already in flight.
        }

        // Every request says "Connection: close", so the server's answer ends where the connection does.
        return Parse(await reading);
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, ct)) > 0)
            {
                buffer.Write(chunk, 0, read);
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
        {
            // Reset by the server after (or instead of) an answer.
        }

        return buffer.ToArray();
    }

    private static RawResponse Parse(byte[] bytes)
    {
        // Latin-1 maps bytes one to one, so chunk sizes stay byte counts; the body is decoded as UTF-8 at the end.
        var text = Encoding.Latin1.GetString(bytes);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (!text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) || end < 0)
        {
            return new RawResponse(0, new Dictionary<string, string>(), text);
        }

        var lines = text[..end].Split("\r\n");
        var status = int.Parse(lines[0].AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        var body = text[(end + 4)..];
        if (headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Dechunk(body);
        }

        return new RawResponse(status, headers, Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(body)));
    }

    private static string Dechunk(string chunked)
    {
        var result = new StringBuilder();
        var position = 0;
        while (position < chunked.Length)
        {
            var lineEnd = chunked.IndexOf("\r\n", position, StringComparison.Ordinal);
            if (lineEnd < 0)
            {
                break;
            }

            var size = Convert.ToInt32(chunked[position..lineEnd].Split(';')[0], 16);
            if (size == 0)
            {
                break;
            }

            result.Append(chunked, lineEnd + 2, Math.Min(size, chunked.Length - lineEnd - 2));
            position = lineEnd + 2 + size + 2;
        }

        return result.ToString();
    }
}
