using System.Net;
using System.Text;
using System.Text.Json;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Resilience;

/// <summary>
/// Hostile input against the emulator on a real loopback socket (Kestrel's limits only exist there): every answer
/// is below 500 and in Azure's envelope, except Kestrel's own refusals listed in <see cref="KestrelOwn"/>
/// (README, "Differences from Azure"); afterwards the emulator is still healthy. The last test prints the count.
/// Timeouts are short by configuration, so the slow-client cases wait about two seconds each.
/// </summary>
[NonParallelizable]
public sealed partial class ResilienceTests
{
    /// <summary>Statuses Kestrel sends itself, before the emulator sees the request: bodiless, no envelope.</summary>
    private static readonly int[] KestrelOwn = [400, 408, 414, 431];

    private const string Key = "key-resilience";

    /// <summary>A 160×120 PNG (about 57 KB), well under the fixture's 1 MiB body limit.</summary>
    private static readonly byte[] SmallImage = TestImages.Png(160, 120, seed: 3);
    private static int s_cases;

    private EmulatorFactory _factory = null!;
    private HttpClient _http = null!;
    private Uri _server = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _factory = new EmulatorFactory(new Dictionary<string, string?>
        {
            ["Emulator:Limits:MaxRequestBodyBytes"] = $"{1024 * 1024}",
            ["Emulator:Limits:RequestHeadersTimeoutSeconds"] = "1.5",
            ["Emulator:Limits:MinRequestBodyGraceSeconds"] = "1.5",
            ["Emulator:Limits:MinRequestBodyBytesPerSecond"] = "240",
        });
        _server = new Uri(_factory.StartOnLoopback());
        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = _server, Timeout = RawHttp.Deadline };
        _http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", Key);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _http.Dispose();
        await _factory.DisposeAsync();
    }

    [Test]
    [Order(1000)]
    public async Task Afterwards_TheEmulatorIsHealthy_AndTheCaseCountIsReported()
    {
        await AssertHealthyAsync();
        var line = $"resilience: {Volatile.Read(ref s_cases)} cases";
        TestContext.Progress.WriteLine(line);
        Console.WriteLine(line);
    }

    private async Task<FaceResponse> SendAsync(HttpMethod method, string path, HttpContent? content = null)
    {
        Interlocked.Increment(ref s_cases);
        using var request = new HttpRequestMessage(method, path) { Content = content };
        var response = await FaceResponse.ReadAsync(await _http.SendAsync(request));
        AssertSane(response, $"{method} {path}");
        return response;
    }

    private Task<FaceResponse> PostJsonAsync(string path, string json) =>
        SendAsync(HttpMethod.Post, path, new StringContent(json, Encoding.UTF8, "application/json"));

    private async Task<RawResponse> RawAsync(string head, byte[]? body = null, byte[]? endless = null, bool halfClose = false)
    {
        Interlocked.Increment(ref s_cases);
        var response = await RawHttp.SendAsync(_server, head, body, endless, halfClose);
        if (!(halfClose && response.Status == 0))
        {
            // A client that closed its side mid-body has hung up as far as Kestrel knows: closing without an answer is fine.
            AssertSane(response, head.Split("\r\n")[0]);
        }

        return response;
    }

    /// <summary>A request head with the tenant's key and "Connection: close"; <paramref name="extra"/> are more header lines.</summary>
    private static string Head(string method, string target, params string[] extra) =>
        $"{method} {target} HTTP/1.1\r\nHost: localhost\r\nOcp-Apim-Subscription-Key: {Key}\r\nConnection: close\r\n"
        + string.Concat(extra.Select(h => h + "\r\n")) + "\r\n";

    private static void AssertSane(FaceResponse response, string what)
    {
        ((int)response.Status).Should().BeLessThan(500, $"{what}: {response.Body}");
        if ((int)response.Status >= 400)
        {
            AssertEnvelope(response.Body, response.Header("x-ms-error-code"), what);
        }
    }

    private static void AssertSane(RawResponse response, string what)
    {
        response.Status.Should().BeInRange(100, 499, $"{what}: the server must answer, and below 500 ({response.Body})");
        if (response.Status >= 400 && !(KestrelOwn.Contains(response.Status) && response.Body.Length == 0))
        {
            AssertEnvelope(response.Body, response.Header("x-ms-error-code"), what);
        }
    }

    private static void AssertEnvelope(string body, string? codeHeader, string what)
    {
        using var json = JsonDocument.Parse(body);
        var error = json.RootElement.GetProperty("error");
        var code = error.GetProperty("code").GetString();
        code.Should().NotBeNullOrEmpty(what);
        error.GetProperty("message").ValueKind.Should().Be(JsonValueKind.String, what);
        codeHeader.Should().Be(code, what);
    }

    private async Task AssertHealthyAsync()
    {
        (await SendAsync(HttpMethod.Get, "/health")).Status.Should().Be(HttpStatusCode.OK);
        (await PostJsonAsync("/face/v1.2/detectLiveness-sessions", """{"livenessOperationMode":"Passive","deviceCorrelationId":"d"}"""))
            .Status.Should().Be(HttpStatusCode.OK);
    }
}
