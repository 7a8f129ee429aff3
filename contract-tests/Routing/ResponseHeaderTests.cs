using System.Net;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Routing;

/// <summary>The headers every recorded Azure response carries.</summary>
public sealed class ResponseHeaderTests : TenantFixture
{
    [Test]
    public async Task Success_CarriesAzureHeaders()
    {
        var response = await Client.PostFaceJsonAsync("/face/v1.2/detectLiveness-sessions", TestVersions.CreateBody("v1.2"));

        response.Status.Should().Be(HttpStatusCode.OK);
        Guid.TryParse(response.Header("apim-request-id"), out _).Should().BeTrue();
        response.Header("CSP-Billing-Usage").Should().Be("CognitiveServices.Face.Transaction=1");
        response.Header("x-ms-region").Should().NotBeNullOrEmpty();
        response.Header("Content-Type").Should().Be("application/json; charset=utf-8");
    }

    [Test]
    public async Task Error_CarriesRequestIdButNoBillingHeader()
    {
        var response = await Client.GetFaceAsync("/face/v1.2/detectLiveness-sessions/missing");

        response.ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
        response.Header("apim-request-id").Should().NotBeNullOrEmpty();
        response.Header("CSP-Billing-Usage").Should().BeNull();
    }

    [Test]
    [Deterministic]
    public async Task DateHeader_ComesFromTheTenantClock()
    {
        // Deterministic mode freezes every tenant clock at 2024-01-01T00:00:00Z.
        var response = await Client.GetFaceAsync("/face/v1.2/detectLiveness-sessions/missing");

        response.Message.Headers.Date.Should().Be(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }
}
