using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FaceEmulator.ContractTests.Infrastructure;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace FaceEmulator.ContractTests.Resilience;

/// <summary>The reproductions of issue 11 that once got a 500, each with the status and code it gets now.</summary>
public sealed partial class ResilienceTests
{
    private const string ReproKey = "key-resilience-repro";

    /// <summary>Undecodable JSON text, as an escaped lone surrogate and as raw bytes that are not UTF-8.</summary>
    private static readonly (string Name, byte[] Token)[] ReproStrings =
        [.. HostileInputs.UndecodableStrings.Where(s => s.Name is "escaped lone high surrogate" or "raw FF FE" or "raw lone surrogate (CESU-8)")];

    [Test]
    [Order(70)]
    public async Task UndecodableJsonText_IsA400InvalidRequestBody_OnTheRoutesThatGotA500()
    {
        using var client = ReproClient();
        var (sessionId, token) = await client.CreateSessionAsync("v1.2");
        foreach (var (_, s) in ReproStrings)
        {
            var cases = new (string Path, HttpMethod Method, string? Token, byte[] Body)[]
            {
                ("/face/v1.2/detect", HttpMethod.Post, null, Json("""{"sessionImageId":@}""", s)),
                ("/__admin/rules", HttpMethod.Post, null, Json("""{"outcome":@}""", s)),
                ("/__admin/rules", HttpMethod.Post, null, Json("""{@:"realface"}""", s)),
                ($"/__admin/sessions/{sessionId}/script", HttpMethod.Put, null, Json("""[@]""", s)),
                ($"/__admin/sessions/{sessionId}/attempts", HttpMethod.Post, null, Json("""{"scenario":@}""", s)),
                ($"/__admin/sessions/{sessionId}/attempts", HttpMethod.Post, null, Json("""{@:1}""", s)),
                ("/face/v1.2/session/start", HttpMethod.Post, token, Json("""{"deviceCorrelationId":@}""", s)),
                ("/face/v1.2/detectLiveness/singleModal", HttpMethod.Post, token, Json("""{"deviceCorrelationId":@}""", s)),
            };
            foreach (var (path, method, bearer, body) in cases)
            {
                using var request = new HttpRequestMessage(method, path) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                if (bearer is not null)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
                }

                Interlocked.Increment(ref s_cases);
                var response = await FaceResponse.ReadAsync(await client.SendAsync(request));
                response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidRequestBody");
            }
        }

        (await client.GetFaceAsync($"/face/v1.2/detectLiveness-sessions/{sessionId}")).Status.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    [Order(71)]
    public async Task AnOverflowingChunkSize_IsA400InvalidRequestBody_OnEveryBodyReadingRoute()
    {
        using var client = ReproClient();
        var (sessionId, token) = await client.CreateSessionAsync("v1.3-preview.1");
        (string Path, string Caller, string Type)[] routes =
        [
            ("/face/v1.2/detectLiveness-sessions", $"Ocp-Apim-Subscription-Key: {ReproKey}", "application/json"),
            ("/face/v1.2/detectLivenessWithVerify-sessions", $"Ocp-Apim-Subscription-Key: {ReproKey}", $"multipart/form-data; boundary={Boundary}"),
            ("/face/v1.1-preview.1/detectLiveness/singleModal/sessions", $"Ocp-Apim-Subscription-Key: {ReproKey}", "application/json"),
            ("/face/v1.2/detect", $"Ocp-Apim-Subscription-Key: {ReproKey}", "application/json"),
            ("/face/v1.3-preview.1/settings", $"Ocp-Apim-Subscription-Key: {ReproKey}", "application/json"),
            ("/__admin/rules", $"Ocp-Apim-Subscription-Key: {ReproKey}", "application/json"),
            ($"/__admin/sessions/{sessionId}/script", $"Ocp-Apim-Subscription-Key: {ReproKey}", "application/json"),
            ($"/__admin/sessions/{sessionId}/attempts", $"Ocp-Apim-Subscription-Key: {ReproKey}", "application/json"),
            ("/__admin/clock", $"Ocp-Apim-Subscription-Key: {ReproKey}", "application/json"),
            ("/__admin/faults", $"Ocp-Apim-Subscription-Key: {ReproKey}", "application/json"),
            ("/face/v1.3-preview.1/session/start", $"Authorization: Bearer {token}", "application/json"),
            ("/face/v1.3-preview.1/detectLiveness/singleModal", $"Authorization: Bearer {token}", "application/json"),
        ];
        foreach (var (path, caller, type) in routes)
        {
            var method = path.EndsWith("/settings", StringComparison.Ordinal) ? "PATCH" : path.EndsWith("/script", StringComparison.Ordinal) ? "PUT" : "POST";
            Interlocked.Increment(ref s_cases);
            var head = $"{method} {path} HTTP/1.1\r\nHost: localhost\r\n{caller}\r\nConnection: close\r\nContent-Type: {type}\r\nTransfer-Encoding: chunked\r\n\r\n";
            var response = await RawHttp.SendAsync(_server, head, "ffffffffffffffffff\r\n{}\r\n0\r\n\r\n"u8.ToArray());
            response.Status.Should().Be(400, $"{method} {path}: {response.Body}");
            response.Header("x-ms-error-code").Should().Be("InvalidRequestBody", path);
            response.Body.Should().Contain("\"InvalidRequestBody\"", path);
        }
    }

    [Test]
    [Order(72)]
    public async Task ATwoKilobyteTiff_AsADeviceFrame_IsRecordedLikeAnyFrame()
    {
        using var client = ReproClient();
        using var image = new Image<Rgb24>(24, 24);
        using var stream = new MemoryStream();
        image.SaveAsTiff(stream);
        var tiff = stream.ToArray();
        tiff.Length.Should().BeInRange(1024, 4096, "the issue's TIFF was about 2 KB");

        foreach (var type in new[] { "image/tiff", "application/octet-stream", "multipart" })
        {
            var (sessionId, token) = await client.CreateSessionAsync("v1.2", extra: new Dictionary<string, object> { ["enableSessionImage"] = true });
            HttpContent content = type == "multipart" ? FaceHttp.Multipart(new Dictionary<string, string>(), tiff, "content", "frame.tif") : new ByteArrayContent(tiff);
            content.Headers.ContentType ??= new MediaTypeHeaderValue(type);
            Interlocked.Increment(ref s_cases);
            var response = await client.DetectAsync("v1.2", token, content: content);
            response.Status.Should().Be(HttpStatusCode.NoContent, $"{type}: {response.Body}");
            content.Dispose();

            var session = await client.GetFaceAsync($"/face/v1.2/detectLiveness-sessions/{sessionId}");
            session.Status.Should().Be(HttpStatusCode.OK);
            session.Text("results.attempts.0.attemptStatus").Should().Be("Succeeded", type);
        }
    }

    [TestCase("errorCode", "Bad\r\nInjected: 1")]
    [TestCase("errorCode", "Bad\u0000Code")]
    [TestCase("errorCode", "Bad Code")]
    [TestCase("errorCode", "Fehlerkodé")]
    [TestCase("errorCode", "")]
    [TestCase("message", "line one\r\nline two")]
    [TestCase("message", "nul\u0000")]
    [Order(73)]
    public async Task AFaultRuleWhoseErrorCodeOrMessageIsNotHeaderSafe_IsRefusedWhenAdded(string member, string value)
    {
        using var client = ReproClient($"{ReproKey}-faults-{member}-{value.Length}");
        var rule = new Dictionary<string, object> { ["operation"] = "*", ["status"] = 400, [member] = value };
        Interlocked.Increment(ref s_cases);
        var added = await client.SendFaceAsync(HttpMethod.Post, "/__admin/faults", System.Net.Http.Json.JsonContent.Create(rule));
        added.ShouldBeError(HttpStatusCode.BadRequest, "BadArgument");
        added.Json!["error"]!["message"]!.GetValue<string>().Should().StartWith($"'{member}'");

        // Nothing was added, so calls are not faulted, and certainly not answered 500.
        (await client.PostFaceJsonAsync("/face/v1.2/detectLiveness-sessions", TestVersions.CreateBody("v1.2"))).Status.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    [Order(74)]
    public async Task AFaultRuleWithLongOrHeaderSafeValues_IsCheckedAtItsBounds()
    {
        using var client = ReproClient($"{ReproKey}-faults-bounds");
        (await client.PostAdminAsync("/__admin/faults", $$"""{"operation":"*","status":400,"errorCode":"{{new string('c', 65)}}"}""")).ShouldBeError(HttpStatusCode.BadRequest, "BadArgument");
        (await client.PostAdminAsync("/__admin/faults", $$"""{"operation":"*","status":400,"message":"{{new string('m', 1025)}}"}""")).ShouldBeError(HttpStatusCode.BadRequest, "BadArgument");

        var code = "Custom.Code_1-" + new string('c', 50);
        (await client.PostAdminAsync("/__admin/faults", $$"""{"operation":"GetLivenessSessionResult","status":409,"errorCode":"{{code}}","message":"Ünïcode is fine in a message: {{new string('m', 980)}}"}"""))
            .Status.Should().Be(HttpStatusCode.Created);
        Interlocked.Increment(ref s_cases);
        (await client.GetFaceAsync("/face/v1.2/detectLiveness-sessions/any")).ShouldBeError(HttpStatusCode.Conflict, code);
    }

    private HttpClient ReproClient(string key = ReproKey)
    {
        var client = new HttpClient { BaseAddress = _server, Timeout = RawHttp.Deadline };
        client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", key);
        return client;
    }

    private static byte[] Json(string template, byte[] token)
    {
        var parts = template.Split('@');
        return [.. Encoding.ASCII.GetBytes(parts[0]), .. token, .. Encoding.ASCII.GetBytes(parts[1])];
    }
}
