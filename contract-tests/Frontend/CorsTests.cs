using System.Net;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Frontend;

/// <summary>
/// The web component runs on the app's origin: the device routes, the component and the quick-link API answer
/// CORS (any origin, no credentials, preflight included); the admin API does not.
/// </summary>
public sealed class CorsTests : DeviceTenantFixture
{
    private const string AppOrigin = "http://app.example";

    [TestCase("/face/v1.2/session/start")]
    [TestCase("/face/v1.2/detectLiveness/singleModal")]
    [TestCase("/face/v1.2/detectLivenessWithVerify/singleModal")]
    [TestCase("/face/v1.3-preview.1/session/attempt/end")]
    [TestCase("/api/quicklink")]
    public async Task Preflight_OfADeviceRoute_AllowsAnyOriginWithAuthorizationAndContentType(string path)
    {
        using var response = await Device.SendAsync(Preflight(path));

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        response.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("*");
        string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant()
            .Should().Contain("authorization").And.Contain("content-type");
        response.Headers.Contains("Access-Control-Allow-Credentials").Should().BeFalse();
    }

    [Test]
    public async Task Preflight_OfTheAdminApi_GetsNoCors()
    {
        using var response = await Device.SendAsync(Preflight("/__admin/clock"));

        response.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
    }

    [Test]
    public async Task DeviceCall_FromAnotherOrigin_CarriesTheCorsHeadersAlsoOnErrors()
    {
        // A JSON body, as the component sends: a browser preflights it, so the cross-site rule lets it through.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/face/v1.2/session/start") { Content = System.Net.Http.Json.JsonContent.Create(new { }) };
        request.Headers.Add("Origin", AppOrigin);

        using var response = await Device.SendAsync(request);

        var answer = await FaceResponse.ReadAsync(response);
        answer.ShouldBeError(HttpStatusCode.Unauthorized, "Unauthorized");
        response.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("*");
        response.Headers.GetValues("Access-Control-Expose-Headers").Single().Should().Contain("x-ms-error-code");
    }

    [Test]
    public async Task Component_IsServedAsAModuleToAnyOrigin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/face-ui/FaceLivenessDetector.js");
        request.Headers.Add("Origin", AppOrigin);

        using var response = await Device.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");
        response.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("*");
        var source = await response.Content.ReadAsStringAsync();
        source.Should().Contain("customElements.define(\"azure-ai-vision-face-ui\"").And.Contain("export const LivenessStatus");
    }

    [Test]
    public async Task Component_IsTheSameFileAsTheNpmFolderShips()
    {
        using var response = await Device.GetAsync("/face-ui/FaceLivenessDetector.js");

        var served = await response.Content.ReadAsByteArrayAsync();
        served.Should().Equal(await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Find(), "tools", "face-ui", "FaceLivenessDetector.js")));
    }

    private static HttpRequestMessage Preflight(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", AppOrigin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }
}
