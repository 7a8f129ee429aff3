using System.Net;
using System.Net.Http.Headers;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Frontend;

/// <summary>
/// <c>POST /api/quicklink</c> and the hosted page at <c>/?s=</c>: single use, bound to the session, expiring with
/// its token. The browser round trip with the callback is in tools/FaceEmulator.BrowserTests.
/// </summary>
public sealed class QuickLinkTests : DeviceTenantFixture
{
    private const string Callback = "http://app.example/done?x=1";

    [Test]
    public async Task Create_AnswersARelativeUrl_AndThePageOpensOnce()
    {
        var (id, token) = await Client.CreateSessionAsync("v1.2");

        var created = await CreateAsync(token);

        created.Status.Should().Be(HttpStatusCode.OK);
        var url = created.Text("url");
        url.Should().MatchRegex("^/\\?s=[0-9a-f-]{36}$");
        using var first = await Device.GetAsync($"{url}&callbackUrl={Uri.EscapeDataString(Callback)}");
        first.StatusCode.Should().Be(HttpStatusCode.OK);
        first.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        first.Headers.CacheControl!.NoStore.Should().BeTrue();
        var page = await first.Content.ReadAsStringAsync();
        page.Should().Contain("/face-ui/FaceLivenessDetector.js").And.Contain(id).And.Contain(token);
        using var second = await Device.GetAsync(url);
        second.StatusCode.Should().Be(HttpStatusCode.Gone);
        (await second.Content.ReadAsStringAsync()).Should().Contain("already used");
    }

    [Test]
    public async Task UnknownLink_Returns404Page()
    {
        using var response = await Device.GetAsync("/?s=00000000-0000-0000-0000-00000000dead");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await response.Content.ReadAsStringAsync()).Should().Contain("does not exist");
    }

    [Test]
    public async Task LinkPastTheTokenExpiry_Returns410Page()
    {
        using var tenant = Emulator.Client(DeviceHttp.UniqueKey(this));
        var (_, token) = await tenant.CreateSessionAsync("v1.2", extra: new Dictionary<string, object> { ["authTokenTimeToLiveInSeconds"] = 60 });
        var url = (await CreateAsync(token)).Text("url");
        (await tenant.PostAdminAsync("/__admin/clock", """{"advance":"PT61S"}""")).Status.Should().Be(HttpStatusCode.OK);

        using var response = await Device.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.Gone);
        (await response.Content.ReadAsStringAsync()).Should().Contain("expired");
    }

    [TestCase("javascript:alert(1)")]
    [TestCase("/relative")]
    public async Task BadCallback_Returns400_AndLeavesTheLinkUnused(string callback)
    {
        var (_, token) = await Client.CreateSessionAsync("v1.2");
        var url = (await CreateAsync(token)).Text("url");

        using var bad = await Device.GetAsync($"{url}&callbackUrl={Uri.EscapeDataString(callback)}");
        using var good = await Device.GetAsync(url);

        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        good.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task Create_RefusesAMissingOrForgedToken()
    {
        (await CreateAsync(null)).ShouldBeError(HttpStatusCode.Unauthorized, "Unauthorized");
        (await CreateAsync("eyJhbGciOiJFUzI1NiJ9.e30.c2ln")).ShouldBeError(HttpStatusCode.Forbidden, "InvalidAuthToken");
    }

    [Test]
    public async Task Root_WithoutALink_StaysTheFace404()
    {
        (await Device.GetFaceAsync("/")).ShouldBeError(HttpStatusCode.NotFound, "404");
        (await Device.SendFaceAsync(HttpMethod.Post, "/")).ShouldBeError(HttpStatusCode.NotFound, "404");
    }

    private async Task<FaceResponse> CreateAsync(string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/quicklink");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await FaceResponse.ReadAsync(await Device.SendAsync(request));
    }
}
