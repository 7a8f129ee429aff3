using System.Net;
using System.Net.Http.Headers;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Frontend;

/// <summary><c>/__admin/face-ui</c> sets the component's mode per tenant; <c>/face-ui/mode</c> tells a token holder.</summary>
public sealed class FaceUiModeTests : DeviceTenantFixture
{
    [TearDown]
    public Task ResetModeAsync() => Client.AdminRawAsync(HttpMethod.Put, "/__admin/face-ui", """{"mode":"automatic"}""");

    [Test]
    public async Task Default_IsAutomatic()
    {
        var response = await Client.AdminRawAsync(HttpMethod.Get, "/__admin/face-ui");

        response.Status.Should().Be(HttpStatusCode.OK);
        response.Text("mode").Should().Be("automatic");
    }

    [Test]
    public async Task SetInteractive_TheTokenHolderReadsIt()
    {
        var (_, token) = await Client.CreateSessionAsync("v1.2");

        (await Client.AdminRawAsync(HttpMethod.Put, "/__admin/face-ui", """{"mode":"Interactive"}""")).Text("mode").Should().Be("interactive");

        var mode = await ReadModeAsync(token);
        mode.Status.Should().Be(HttpStatusCode.OK);
        mode.Text("mode").Should().Be("interactive");
    }

    [TestCase("""{"mode":"clicky"}""")]
    [TestCase("""{"mood":"interactive"}""")]
    [TestCase("")]
    public async Task BadBody_Returns400BadArgument(string json)
    {
        var response = await Client.AdminRawAsync(HttpMethod.Put, "/__admin/face-ui", json);

        response.ShouldBeError(HttpStatusCode.BadRequest, "BadArgument");
    }

    [Test]
    public async Task Mode_WithoutToken_Returns401_AndWithAForgedOne403()
    {
        (await ReadModeAsync(null)).ShouldBeError(HttpStatusCode.Unauthorized, "Unauthorized");
        (await ReadModeAsync("eyJhbGciOiJFUzI1NiJ9.e30.c2ln")).ShouldBeError(HttpStatusCode.Forbidden, "InvalidAuthToken");
    }

    private async Task<FaceResponse> ReadModeAsync(string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/face-ui/mode");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await FaceResponse.ReadAsync(await Device.SendAsync(request));
    }
}
