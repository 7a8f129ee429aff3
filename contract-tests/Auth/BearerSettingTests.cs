using System.Net;
using System.Net.Http.Headers;
using FaceEmulator.ContractTests.Infrastructure;
using Microsoft.Extensions.Options;

namespace FaceEmulator.ContractTests.Auth;

/// <summary><c>Emulator:Auth:AllowBearer</c>: bearer tokens get in only where the configuration lets them.</summary>
public sealed class BearerSettingTests
{
    private static HttpClient Bearer(EmulatorFactory factory)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "any-token");
        return client;
    }

    [Test]
    public async Task AllowedWithAKeyList_LandsInTheBearerTenant_AndSeesNoListedTenant()
    {
        using var factory = new EmulatorFactory(new Dictionary<string, string?>
        {
            ["Emulator:Auth:Keys:0"] = "listed-A",
            ["Emulator:Auth:AllowBearer"] = "true",
        });
        using var listed = factory.CreateClient();
        listed.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "listed-A");
        using var bearer = Bearer(factory);
        var sessionId = (await listed.CreateSessionAsync("v1.2")).SessionId;
        await listed.AddFaultAsync("""{"operation":"GetLivenessSessionResult","status":500}""");

        // Read before the bearer tenant creates: deterministic ids repeat across tenants.
        var other = await bearer.GetSessionAsync("v1.2", sessionId);
        var created = await bearer.PostSessionAsync();
        var faults = await bearer.GetFaceAsync("/__admin/faults");

        created.Status.Should().Be(HttpStatusCode.OK, created.Body);
        other.ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
        faults.Json!["faults"]!.AsArray().Should().BeEmpty();
    }

    [Test]
    public async Task RefusedWithoutAKeyList_WhenSetToFalse()
    {
        using var factory = new EmulatorFactory(new Dictionary<string, string?> { ["Emulator:Auth:AllowBearer"] = "false" });
        using var bearer = Bearer(factory);

        var response = await bearer.PostSessionAsync();

        response.ShouldBeError(HttpStatusCode.Unauthorized, "Unspecified");
    }

    [Test]
    public async Task AllowedByDefault_WithoutAKeyList()
    {
        using var factory = new EmulatorFactory();
        using var bearer = Bearer(factory);

        var response = await bearer.PostSessionAsync();

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
    }

    [Test]
    public void BearerTenantNamingAListedKey_FailsStartUp()
    {
        // Every bearer token would otherwise reach listed-A's data without knowing listed-A.
        using var factory = new EmulatorFactory(new Dictionary<string, string?>
        {
            ["Emulator:Auth:Keys:0"] = "listed-A",
            ["Emulator:Auth:AllowBearer"] = "true",
            ["Emulator:Auth:BearerTenant"] = "listed-A",
        });

        var start = () => factory.CreateClient();

        start.Should().Throw<OptionsValidationException>().Where(e => e.Message.Contains("Emulator:Auth:BearerTenant", StringComparison.Ordinal));
    }
}
