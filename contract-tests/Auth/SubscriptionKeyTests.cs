using System.Net;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Auth;

/// <summary>Keys authenticate, and each key is its own tenant.</summary>
public sealed class SubscriptionKeyTests
{
    [TestCase("v1.1-preview.1", "/detectLiveness/singleModal/sessions")]
    [TestCase("v1.2", "/detectLiveness-sessions/some-id")]
    [TestCase("v1.3-preview.1", "/settings")]
    public async Task MissingKey_Returns401(string version, string path)
    {
        using var client = Emulator.AnonymousClient();

        var response = await client.GetFaceAsync($"/face/{version}{path}");

        response.ShouldBeError(HttpStatusCode.Unauthorized, "Unspecified");
    }

    [Test]
    public async Task EmptyKey_Returns401()
    {
        using var client = Emulator.AnonymousClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Ocp-Apim-Subscription-Key", string.Empty);

        var response = await client.GetFaceAsync("/face/v1.2-preview.1/detectLiveness/singleModal/sessions");

        response.ShouldBeError(HttpStatusCode.Unauthorized, "Unspecified");
    }

    [Test]
    public async Task BearerToken_IsAcceptedAsEntraTenant()
    {
        using var client = Emulator.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "entra-token");

        var response = await client.PostFaceJsonAsync("/face/v1.2/detectLiveness-sessions", TestVersions.CreateBody("v1.2"));

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
    }

    [Test]
    public async Task SessionOfOneKey_IsInvisibleToAnother()
    {
        using var alice = Emulator.Client("tenant-alice");
        using var bob = Emulator.Client("tenant-bob");
        var created = await alice.PostFaceJsonAsync("/face/v1.2/detectLiveness-sessions", TestVersions.CreateBody("v1.2"));
        var id = created.Json!["sessionId"]!.GetValue<string>();

        var bobGet = await bob.GetFaceAsync($"/face/v1.2/detectLiveness-sessions/{id}");
        var bobDelete = await bob.DeleteFaceAsync($"/face/v1.2/detectLiveness-sessions/{id}");
        var aliceGet = await alice.GetFaceAsync($"/face/v1.2/detectLiveness-sessions/{id}");

        bobGet.ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
        bobDelete.ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
        aliceGet.Status.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task ListOfOneKey_OmitsAnotherKeysSessions()
    {
        using var alice = Emulator.Client("list-alice");
        using var bob = Emulator.Client("list-bob");
        await alice.PostFaceJsonAsync("/face/v1.1-preview.1/detectLiveness/singleModal/sessions", TestVersions.CreateBody("v1.1-preview.1"));

        var response = await bob.GetFaceAsync("/face/v1.1-preview.1/detectLiveness/singleModal/sessions");

        response.Json!.AsArray().Should().BeEmpty();
    }

    [Test]
    public async Task ConfiguredKeyList_RejectsOtherKeys()
    {
        using var factory = new EmulatorFactory(new Dictionary<string, string?> { ["Emulator:Auth:Keys:0"] = "good-key" });
        using var good = factory.CreateClient();
        good.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "good-key");
        using var bad = factory.CreateClient();
        bad.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "bad-key");

        var accepted = await good.PostFaceJsonAsync("/face/v1.2/detectLiveness-sessions", TestVersions.CreateBody("v1.2"));
        var rejected = await bad.PostFaceJsonAsync("/face/v1.2/detectLiveness-sessions", TestVersions.CreateBody("v1.2"));

        accepted.Status.Should().Be(HttpStatusCode.OK);
        rejected.ShouldBeError(HttpStatusCode.Unauthorized, "Unspecified");
    }
}
