using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Auth;

/// <summary>
/// A browser page of another site cannot change state with a request it may send without a CORS preflight
/// (a form post): 403 <c>CrossSiteRequestForbidden</c>, and nothing changes. Preflighted requests, same-origin
/// pages and clients that are not browsers keep working. Each request here carries a key (which a real form
/// cannot), so a refusal is the rule's and not the key check's.
/// </summary>
public sealed class CrossSiteRequestTests() : OwnEmulatorFixture(new Dictionary<string, string?> { ["Emulator:Admin:Key"] = AdminKey })
{
    private const string AdminKey = "cross-site-admin-key";
    private const string Form = "application/x-www-form-urlencoded";

    // How a browser marks a request of another site: Sec-Fetch-Site, or only Origin in browsers without it.
    private static readonly object[] s_foreign =
    [
        new object[] { "Sec-Fetch-Site", "cross-site" },
        new object[] { "Sec-Fetch-Site", "same-site" },
        new object[] { "Origin", "https://attacker.example" },
        new object[] { "Origin", "http://localhost:3000" },
        new object[] { "Origin", "null" },
    ];

    private static HttpRequestMessage Request(HttpMethod method, string path, string? contentType, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, path);
        if (contentType is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes("livenessOperationMode=Passive&deviceCorrelationId=csrf"));
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    private static async Task<FaceResponse> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            return await FaceResponse.ReadAsync(await client.SendAsync(request));
        }
    }

    [TestCaseSource(nameof(s_foreign))]
    public async Task FormPostToReset_FromAnotherSite_Returns403AndResetsNothing(string header, string value)
    {
        using var victim = Client("csrf-reset-victim");
        await victim.AddFaultAsync("""{"operation":"GetLivenessSessionResult","status":500}""");

        var own = await SendAsync(victim, Request(HttpMethod.Post, "/__admin/reset", Form, (header, value)));
        var all = await SendAsync(victim, Request(HttpMethod.Post, "/__admin/reset?all=true", Form, (header, value), ("x-emulator-admin-key", AdminKey)));

        own.ShouldBeError(HttpStatusCode.Forbidden, "CrossSiteRequestForbidden");
        all.ShouldBeError(HttpStatusCode.Forbidden, "CrossSiteRequestForbidden");
        (await victim.GetFaceAsync("/__admin/faults")).Json!["faults"]!.AsArray().Should().HaveCount(1);
        await victim.ResetAsync();
    }

    // multipart/form-data is what a page's FormData body sends, and the with-verify create takes it.
    [TestCaseSource(nameof(s_foreign))]
    public async Task FormPostToFaceCreate_FromAnotherSite_Returns403AndCreatesNothing(string header, string value)
    {
        using var victim = Client($"csrf-create-{header}-{value}");

        var refused = await SendAsync(victim, WithVerifyCreate((header, value)));
        var next = await SendAsync(victim, WithVerifyCreate());

        refused.ShouldBeError(HttpStatusCode.Forbidden, "CrossSiteRequestForbidden");
        next.Status.Should().Be(HttpStatusCode.OK, next.Body);
        next.Json!["sessionId"]!.GetValue<string>().Should().Be("00000000-0000-0000-0000-000000000001", "the refused create made no session");
        (await victim.GetFaceAsync("/__admin/requests")).Json!["total"]!.GetValue<int>().Should().Be(1);
        await victim.ResetAsync();
    }

    private static HttpRequestMessage WithVerifyCreate(params (string Name, string Value)[] headers)
    {
        var request = Request(HttpMethod.Post, DeviceHttp.SessionsPath("v1.2", withVerify: true), null, headers);
        request.Content = FaceHttp.Multipart(new Dictionary<string, string>
        {
            ["livenessOperationMode"] = "Passive",
            ["deviceCorrelationId"] = "csrf",
        }, TestImages.Portrait);
        return request;
    }

    // Every body type a form or a no-preflight fetch can send, and none at all.
    [TestCase("POST", "text/plain")]
    [TestCase("POST", "text/plain; charset=UTF-8")]
    [TestCase("POST", "multipart/form-data; boundary=x")]
    [TestCase("POST", "TEXT/PLAIN")]
    [TestCase("POST", null)]
    [TestCase("DELETE", null)]
    [TestCase("PUT", Form)]
    [TestCase("PATCH", "text/plain")]
    public async Task SimpleRequest_FromAnotherSite_Returns403(string method, string? contentType)
    {
        using var client = Client("csrf-simple");
        var (sessionId, _) = await client.CreateSessionAsync("v1.2");

        var response = await SendAsync(client, Request(new HttpMethod(method), $"{AdminHttp.CreatePath}/{sessionId}", contentType, ("Sec-Fetch-Site", "cross-site")));

        response.ShouldBeError(HttpStatusCode.Forbidden, "CrossSiteRequestForbidden");
        (await client.GetSessionAsync("v1.2", sessionId)).Status.Should().Be(HttpStatusCode.OK);
        await client.ResetAsync();
    }

    [Test]
    public async Task JsonPost_FromAnotherSite_IsServed_BecauseItWasPreflighted()
    {
        using var client = Client("csrf-json");
        client.DefaultRequestHeaders.Add("Sec-Fetch-Site", "cross-site");
        client.DefaultRequestHeaders.Add("Origin", "https://app.example");

        var created = await client.PostSessionAsync();
        var clock = await client.PostAdminAsync("/__admin/clock", """{"advance":"PT1M"}""");

        created.Status.Should().Be(HttpStatusCode.OK, created.Body);
        clock.Status.Should().Be(HttpStatusCode.OK, clock.Body);
        (await client.SendFaceAsync(HttpMethod.Post, "/__admin/reset")).ShouldBeError(HttpStatusCode.Forbidden, "CrossSiteRequestForbidden");
        using var server = Client("csrf-json");
        await server.ResetAsync();
    }

    [Test]
    public async Task DeviceCallWithBearerToken_FromAnotherSite_IsServed_BecauseItWasPreflighted()
    {
        using var app = Client("csrf-device");
        var (_, token) = await app.CreateSessionAsync("v1.2");
        using var browser = AnonymousClient();

        var started = await SendAsync(browser, Request(HttpMethod.Post, "/face/v1.2/session/start", null,
            ("Sec-Fetch-Site", "cross-site"), ("Origin", "https://app.example"), ("Authorization", $"Bearer {token}")));

        started.Status.Should().Be(HttpStatusCode.NoContent, started.Body);
        await app.ResetAsync();
    }

    [Test]
    public async Task BasicCredentials_ProveNoPreflight_AndAreRefused()
    {
        // Browsers attach Basic credentials by themselves (say, for a proxy in front of the emulator).
        using var client = Client("csrf-basic");

        var response = await SendAsync(client, Request(HttpMethod.Post, "/__admin/reset", Form,
            ("Sec-Fetch-Site", "cross-site"), ("Authorization", "Basic dXNlcjpwYXNz")));

        response.ShouldBeError(HttpStatusCode.Forbidden, "CrossSiteRequestForbidden");
    }

    [TestCase("Sec-Fetch-Site", "same-origin")]
    [TestCase("Sec-Fetch-Site", "none")]
    [TestCase("Origin", "http://localhost")]
    [TestCase("Origin", "HTTP://LOCALHOST")]
    [TestCase(null, null)]
    public async Task FormPost_FromTheSameOriginOrNotABrowser_IsServed(string? header, string? value)
    {
        // curl -d sends a form type, and the admin API takes JSON in it; the test server's own origin is http://localhost.
        using var client = Client("csrf-same-origin");
        var headers = header is null ? [] : new[] { (header, value!) };
        var request = Request(HttpMethod.Post, "/__admin/clock", null, headers);
        request.Content = new StringContent("""{"advance":"PT1M"}""", Encoding.UTF8, Form);

        var clock = await SendAsync(client, request);
        var reset = await SendAsync(client, Request(HttpMethod.Post, "/__admin/reset", Form, headers));

        clock.Status.Should().Be(HttpStatusCode.OK, clock.Body);
        reset.Status.Should().Be(HttpStatusCode.NoContent, reset.Body);
    }

    [Test]
    public async Task SafeMethods_FromAnotherSite_AreServed()
    {
        using var client = Client("csrf-get");

        var clock = await SendAsync(client, Request(HttpMethod.Get, "/__admin/clock", null, ("Sec-Fetch-Site", "cross-site")));
        var list = await SendAsync(client, Request(HttpMethod.Get, AdminHttp.CreateClassicPath, null, ("Origin", "https://attacker.example")));

        clock.Status.Should().Be(HttpStatusCode.OK, clock.Body);
        list.Status.Should().Be(HttpStatusCode.OK, list.Body);
    }
}
