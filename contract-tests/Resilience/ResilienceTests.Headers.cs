using System.Net;

namespace FaceEmulator.ContractTests.Resilience;

/// <summary>Header floods and broken framing: Kestrel's limits answer 431/400 without a body (README).</summary>
public sealed partial class ResilienceTests
{
    [Test]
    [Order(20)]
    public async Task HeaderFloods_GetKestrels431()
    {
        var many = Enumerable.Range(0, 500).Select(i => $"x-flood-{i}: {i}").ToArray();
        (await RawAsync(Head("GET", "/health", many))).Status.Should().Be(431, "more than Kestrel's 100 headers");

        (await RawAsync(Head("GET", "/health", "x-big: " + new string('v', 40 * 1024)))).Status.Should().Be(431, "over Kestrel's 32 KiB of headers");

        var spread = Enumerable.Range(0, 90).Select(i => $"x-spread-{i}: {new string('s', 400)}").ToArray();
        (await RawAsync(Head("GET", "/health", spread))).Status.Should().Be(431, "90 headers of 400 bytes are over 32 KiB together");

        var fine = Enumerable.Range(0, 60).Select(i => $"x-fine-{i}: {new string('f', 100)}").ToArray();
        (await RawAsync(Head("GET", "/health", fine))).Status.Should().Be(200);
    }

    [Test]
    [Order(21)]
    public async Task HostileHeaderValues_AreAnsweredInTheEnvelope()
    {
        // A 16 KiB subscription key is just another tenant.
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/face/v1.2/detectLiveness-sessions"))
        {
            request.Headers.Add("Ocp-Apim-Subscription-Key", new string('k', 16 * 1024));
            request.Content = new StringContent("""{"livenessOperationMode":"Passive","deviceCorrelationId":"d"}""", System.Text.Encoding.UTF8, "application/json");
            Interlocked.Increment(ref s_cases);
            (await _http.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var create = "/face/v1.2/detectLiveness-sessions";
        var body = """{"livenessOperationMode":"Passive","deviceCorrelationId":"d"}"""u8.ToArray();
        string[][] heads =
        [
            ["Content-Type: multipart/form-data; boundary=" + new string('b', 200), $"Content-Length: {body.Length}"],
            ["Content-Type: multipart/form-data", $"Content-Length: {body.Length}"],
            ["Content-Type: multipart/form-data; boundary=\"\"", $"Content-Length: {body.Length}"],
            ["Content-Type: application/json; charset=utf-7", $"Content-Length: {body.Length}"],
            ["Content-Type: ;;;==", $"Content-Length: {body.Length}"],
            ["Content-Type: " + new string('j', 8 * 1024), $"Content-Length: {body.Length}"],
            ["Content-Type: application/json", "Content-Length: abc"],
            ["Content-Type: application/json", $"Content-Length: {body.Length}", "Transfer-Encoding: chunked"],
            ["Content-Type: application/json", "Content-Length: -5"],
            ["Content-Type: application/json", $"Content-Length: {body.Length}", $"Content-Length: {body.Length + 1}"],
            ["Content-Type: application/json", "Transfer-Encoding: gzip"],
            ["Content-Type: application/json", $"Content-Length: {body.Length}", "Bad Header Name: x"],
            ["Content-Type: application/json", $"Content-Length: {body.Length}", "Ocp-Apim-Subscription-Key: second"],
        ];
        foreach (var extra in heads)
        {
            var response = await RawAsync(Head("POST", create, extra), body);
            response.Status.Should().BeInRange(200, 499, string.Join(" | ", extra));
        }
    }
}
