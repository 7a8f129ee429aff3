using System.Net;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Faults;

/// <summary>
/// Device-side calls (session token, no key) are faulted by their tenant's rules once their token is
/// accepted; a refused token gets its refusal, never a fault. Throttling answers carry the gateway's headers.
/// </summary>
public sealed class DeviceSideFaultTests : DeviceTenantFixture
{
    [TearDown]
    public Task ResetTenant() => Client.ResetAsync();

    [TestCase("DetectLiveness")]
    [TestCase("*")]
    public async Task DetectFault_AnswersTheDevice_ThenRecovers(string operation)
    {
        var (sessionId, token) = await Client.CreateSessionAsync("v1.2");
        await Client.AddFaultAsync($$"""{"operation":"{{operation}}","status":429,"count":1}""");

        var throttled = await Device.DetectAsync("v1.2", token);
        var retried = await Device.DetectAsync("v1.2", token);

        throttled.ShouldBeError(HttpStatusCode.TooManyRequests, "429");
        throttled.Header("Retry-After").Should().Be("1");
        retried.Status.Should().Be(HttpStatusCode.NoContent, retried.Body);
        (await Client.GetSessionAsync("v1.2", sessionId)).Json!["results"]!["attempts"]!.AsArray().Should().ContainSingle();
        var journal = await Client.GetFaceAsync("/__admin/requests?operation=DetectLiveness");
        journal.Json!["requests"]!.AsArray().Select(r => r!["status"]!.GetValue<int>()).Should().Equal(204, 429);
    }

    [Test]
    public async Task SessionStartFault_UsesTheConfiguredStatusAndCode()
    {
        var (_, token) = await Client.CreateSessionAsync("v1.2-preview.1");
        await Client.AddFaultAsync("""{"operation":"StartLivenessSession","status":503}""");

        var response = await Device.StartAsync("v1.2-preview.1", token);

        response.ShouldBeError(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable");
    }

    [Test]
    public async Task RefusedToken_GetsItsRefusal_NotTheFault()
    {
        var (_, token) = await Client.CreateSessionAsync("v1.2");
        await Client.AddFaultAsync("""{"operation":"DetectLiveness","status":500}""");
        await Client.PostAdminAsync("/__admin/clock", """{"advance":"PT11M"}""");

        var response = await Device.DetectAsync("v1.2", token);

        response.ShouldBeError(HttpStatusCode.Forbidden, "AuthTokenExpired");
        (await Client.GetFaceAsync("/__admin/faults")).Json!["faults"]![0]!["injected"]!.GetValue<int>().Should().Be(0);
    }

    [Test]
    public async Task OtherTenantsFault_DoesNotReachThisTenantsDevice()
    {
        var (_, token) = await Client.CreateSessionAsync("v1.2");
        using var other = Emulator.Client(DeviceHttp.UniqueKey(this));
        await other.AddFaultAsync("""{"operation":"DetectLiveness","status":500}""");

        (await Device.DetectAsync("v1.2", token)).Status.Should().Be(HttpStatusCode.NoContent);
    }

    [TestCase("""{"operation":"CreateLivenessSession","status":429}""")]
    [TestCase("""{"operation":"CreateLivenessSession","status":503,"envelope":"gateway"}""")]
    public async Task GatewayAnswers_LackTheServiceHeaders(string fault)
    {
        await Client.AddFaultAsync(fault);

        var response = await Client.PostSessionAsync();

        // Recordings README, fact 5: the recorded 429 has no x-ms-region and no x-envoy-upstream-service-time.
        response.Header("x-ms-region").Should().BeNull();
        response.Header("x-envoy-upstream-service-time").Should().BeNull();
        response.Header("apim-request-id").Should().NotBeNull();
        response.Header("Date").Should().NotBeNull();
    }

    [Test]
    public async Task ServiceErrorFault_KeepsTheServiceHeaders()
    {
        await Client.AddFaultAsync("""{"operation":"CreateLivenessSession","status":500}""");

        var response = await Client.PostSessionAsync();

        // Like the recorded 404 (fact 4), an error from the service itself has them.
        response.Header("x-ms-region").Should().NotBeNull();
        response.Header("x-envoy-upstream-service-time").Should().NotBeNull();
    }
}
