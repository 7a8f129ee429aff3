using System.Net;
using System.Net.Http.Headers;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Auth;

/// <summary>
/// The second finding of issue 11: with <c>Emulator:Auth:Keys</c> set, any <c>Authorization: Bearer x</c> got in
/// (it landed in the shared bearer tenant). Now a key list refuses bearer tokens, on Face and admin routes alike.
/// </summary>
public sealed class BearerWithKeyListTests() : OwnEmulatorFixture(new Dictionary<string, string?> { ["Emulator:Auth:Keys:0"] = ListedKey })
{
    private const string ListedKey = "listed-A";

    private HttpClient Bearer()
    {
        var client = AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "x");
        return client;
    }

    [Test]
    public async Task BearerToken_OnAFaceRoute_Returns401()
    {
        using var bearer = Bearer();

        var created = await bearer.PostSessionAsync();
        var listed = await bearer.GetFaceAsync($"{AdminHttp.CreateClassicPath}");

        created.ShouldBeError(HttpStatusCode.Unauthorized, "Unspecified");
        listed.ShouldBeError(HttpStatusCode.Unauthorized, "Unspecified");
    }

    [TestCase("GET", "/__admin/clock")]
    [TestCase("GET", "/__admin/requests")]
    [TestCase("POST", "/__admin/faults")]
    [TestCase("POST", "/__admin/reset")]
    public async Task BearerToken_OnAnAdminRoute_Returns401(string method, string path)
    {
        using var bearer = Bearer();

        var response = await bearer.AdminRawAsync(new HttpMethod(method), path, """{"operation":"*","status":503}""");

        response.ShouldBeError(HttpStatusCode.Unauthorized, "Unspecified");
    }

    [Test]
    public async Task ListedKey_StillWorks_AndItsKeyWinsOverABearerToken()
    {
        using var client = Client(ListedKey);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "x");

        var created = await client.PostSessionAsync();

        created.Status.Should().Be(HttpStatusCode.OK, created.Body);
    }
}
