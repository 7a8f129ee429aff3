using System.Text;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Resilience;

/// <summary>
/// Truncated, endless and stalled bodies. The fixture sets Kestrel's body limit to 1 MiB, its minimum body rate
/// to 240 bytes/s after a 1.5 s grace period and its header timeout to 1.5 s, so each case ends in seconds.
/// </summary>
public sealed partial class ResilienceTests
{
    private const string WithVerifyPath = "/face/v1.2/detectLivenessWithVerify-sessions";
    private const string Boundary = "resilience-boundary";

    private static byte[] MultipartStart()
    {
        var text = $"--{Boundary}\r\nContent-Disposition: form-data; name=\"livenessOperationMode\"\r\n\r\nPassive\r\n"
            + $"--{Boundary}\r\nContent-Disposition: form-data; name=\"deviceCorrelationId\"\r\n\r\nd\r\n"
            + $"--{Boundary}\r\nContent-Disposition: form-data; name=\"verifyImage\"; filename=\"v.png\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        return Encoding.ASCII.GetBytes(text);
    }

    private static byte[] WholeMultipart() =>
        [.. MultipartStart(), .. SmallImage, .. Encoding.ASCII.GetBytes($"\r\n--{Boundary}--\r\n")];

    private static string MultipartType => $"Content-Type: multipart/form-data; boundary={Boundary}";

    [Test]
    [Order(30)]
    public async Task TruncatedBodies_AreA400InTheEnvelope()
    {
        var whole = WholeMultipart();
        foreach (var cut in new[] { 10, MultipartStart().Length - 20, MultipartStart().Length + 500, whole.Length - 5 })
        {
            // The client announces the whole length, sends part of it and closes its side.
            var response = await RawAsync(Head("POST", WithVerifyPath, MultipartType, $"Content-Length: {whole.Length}"), whole[..cut], halfClose: true);
            response.Status.Should().BeOneOf([0, 400], $"cut at {cut}");
        }

        // Complete by Content-Length, but the closing boundary never comes, or the image part is cut.
        var unterminated = whole[..^($"\r\n--{Boundary}--\r\n".Length)];
        (await RawAsync(Head("POST", WithVerifyPath, MultipartType, $"Content-Length: {unterminated.Length}"), unterminated)).Status.Should().Be(400);
        var cutImage = whole[..(MultipartStart().Length + 300)];
        (await RawAsync(Head("POST", WithVerifyPath, MultipartType, $"Content-Length: {cutImage.Length}"), cutImage)).Status.Should().Be(400);

        var json = """{"livenessOperationMode":"Passive","deviceCorrelationId":"d"}"""u8.ToArray();
        (await RawAsync(Head("POST", AdminHttp.CreatePath, "Content-Type: application/json", "Content-Length: 500"), json, halfClose: true))
            .Status.Should().BeOneOf(0, 400);

        // Chunked framing that breaks off mid-chunk.
        (await RawAsync(Head("POST", AdminHttp.CreatePath, "Content-Type: application/json", "Transfer-Encoding: chunked"),
            Encoding.ASCII.GetBytes("40\r\n{\"livenessOperationMode\""), halfClose: true)).Status.Should().BeOneOf(0, 400);
    }

    [Test]
    [Order(31)]
    public async Task EndlessBodies_MeetTheBodyLimit_InTheEnvelope()
    {
        // Chunked, so no length announces the end; the client writes until the server answers.
        var image = new byte[64 * 1024];
        var chunk = Encoding.ASCII.GetBytes($"{image.Length:x}\r\n").Concat(image).Concat("\r\n"u8.ToArray()).ToArray();
        var start = MultipartStart();
        var first = Encoding.ASCII.GetBytes($"{start.Length:x}\r\n").Concat(start).Concat("\r\n"u8.ToArray()).ToArray();

        var multipart = await RawAsync(Head("POST", WithVerifyPath, MultipartType, "Transfer-Encoding: chunked"), first, endless: chunk);
        multipart.Status.Should().Be(413);

        var bracket = Encoding.ASCII.GetBytes($"{8192:x}\r\n{new string('[', 8192)}\r\n");
        var json = await RawAsync(Head("POST", AdminHttp.CreatePath, "Content-Type: application/json", "Transfer-Encoding: chunked"), endless: bracket);
        json.Status.Should().Be(413);

        // An endless body on a route that never reads it: the answer does not wait for the body.
        var health = await RawAsync(Head("GET", "/health", "Transfer-Encoding: chunked"), endless: bracket);
        health.Status.Should().Be(200);
    }

    [Test]
    [Order(32)]
    public async Task StalledBodies_TimeOutWithA408_InTheEnvelope()
    {
        // Slow clients: the body starts, then nothing more arrives. Kestrel's minimum data rate ends the wait.
        var multipart = await RawAsync(Head("POST", WithVerifyPath, MultipartType, "Content-Length: 100000"), MultipartStart());
        multipart.Status.Should().Be(408);
        multipart.Body.Should().Contain("RequestTimeout");

        var json = await RawAsync(Head("POST", AdminHttp.CreatePath, "Content-Type: application/json", "Content-Length: 5000"), "{\"liveness"u8.ToArray());
        json.Status.Should().Be(408);
    }

    [Test]
    [Order(33)]
    public async Task StalledHeaders_AreCutOffByKestrel()
    {
        // The request line and one header, then silence: Kestrel's header timeout answers 408 or closes.
        Interlocked.Increment(ref s_cases);
        var response = await RawHttp.SendAsync(_server, "POST /face/v1.2/detectLiveness-sessions HTTP/1.1\r\nHost: localhost\r\n");
        response.Status.Should().BeOneOf(0, 408);
        response.Body.Should().BeEmpty();
    }
}
