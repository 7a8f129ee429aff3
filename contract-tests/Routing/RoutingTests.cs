using System.Net;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Routing;

/// <summary>Paths match case-insensitively; unknown versions and routes get Azure's 404.</summary>
public sealed class RoutingTests : TenantFixture
{
    [TestCase("/face/V1.2/DETECTLIVENESS-SESSIONS")]
    [TestCase("/face/v1.2/detectliveness-sessions")]
    [TestCase("/FACE/v1.2/detectLiveness-Sessions")]
    public async Task PathCase_DoesNotMatter(string path)
    {
        var response = await Client.PostFaceJsonAsync(path, TestVersions.CreateBody("v1.2"));

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
    }

    [Test]
    public async Task ClassicPathCase_DoesNotMatter()
    {
        var response = await Client.PostFaceJsonAsync("/face/v1.1-PREVIEW.1/detectliveness/singlemodal/sessions", TestVersions.CreateBody("v1.1-preview.1"));

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
    }

    [Test]
    public async Task DoubledLeadingSlash_IsAccepted()
    {
        // An absolute URI: a relative "//face/..." would be read as a host name.
        var uri = new Uri(Client.BaseAddress!, "/").AbsoluteUri + "/face/v1.2/detectLiveness-sessions";

        var response = await Client.PostFaceJsonAsync(uri, TestVersions.CreateBody("v1.2"));

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
    }

    [TestCase("/face/v1.0/detectLiveness-sessions")]
    [TestCase("/face/v1.4/detectLiveness-sessions")]
    [TestCase("/face/latest/detectLiveness-sessions")]
    public async Task UnknownVersion_Returns404NamingSupportedVersions(string path)
    {
        var response = await Client.PostFaceJsonAsync(path, TestVersions.CreateBody("v1.2"));

        response.ShouldBeError(HttpStatusCode.NotFound, "404");
        response.Json!["error"]!["message"]!.GetValue<string>().Should().Contain("v1.1-preview.1, v1.2-preview.1, v1.2, v1.3-preview.1");
    }

    [TestCase("GET", "/face/v1.2/nothing-here")]
    [TestCase("GET", "/elsewhere")]
    [TestCase("PUT", "/face/v1.2/detectLiveness-sessions")]
    [TestCase("PATCH", "/face/v1.2/detectLiveness-sessions/some-id")]
    [TestCase("GET", "/face/v1.2/settings")]
    public async Task UnknownRouteOrMethod_Returns404(string method, string path)
    {
        var response = await Client.SendFaceAsync(new HttpMethod(method), path);

        response.ShouldBeError(HttpStatusCode.NotFound, "404");
    }

    [Test]
    public async Task LooseMode_ServesUnknownNewerVersionWithNewestContract()
    {
        using var factory = new EmulatorFactory(new Dictionary<string, string?> { ["Emulator:Versions:Loose"] = "true" });
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "loose");

        var response = await client.PostFaceJsonAsync("/face/v1.4/detectLiveness-sessions", TestVersions.CreateBody("v1.3-preview.1"));
        var nonsense = await client.PostFaceJsonAsync("/face/latest/detectLiveness-sessions", TestVersions.CreateBody("v1.3-preview.1"));

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        response.Header("x-emulator-served-version").Should().Be("v1.3-preview.1");
        nonsense.ShouldBeError(HttpStatusCode.NotFound, "404");
    }
}
