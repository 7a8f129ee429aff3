using System.Net;
using System.Text;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Settings;

/// <summary>v1.3-preview.1 settings: abuse monitoring and the client-assets token.</summary>
public sealed class SettingsTests
{
    private const string Settings = "/face/v1.3-preview.1/settings";

    [Test]
    [Deterministic]
    public async Task Get_DefaultsToAbuseMonitoringEnabled()
    {
        using var client = Emulator.Client("settings-default");

        var response = await client.GetFaceAsync(Settings);

        response.Status.Should().Be(HttpStatusCode.OK);
        response.Json!["livenessAbuseMonitoring"]!["enabled"]!.GetValue<bool>().Should().BeTrue();
    }

    [Test]
    public async Task Patch_DisablesMonitoring_ForNewSessionsOfThatTenantOnly()
    {
        using var client = Emulator.Client("settings-patch");
        using var other = Emulator.Client("settings-other");

        var patched = await client.SendFaceAsync(HttpMethod.Patch, Settings, Json("{\"livenessAbuseMonitoring\":{\"enabled\":false}}"));
        var created = await client.PostFaceJsonAsync("/face/v1.3-preview.1/detectLiveness-sessions", TestVersions.CreateBody("v1.3-preview.1"));
        var read = await client.GetFaceAsync($"/face/v1.3-preview.1/detectLiveness-sessions/{created.Json!["sessionId"]}");
        var otherSettings = await other.GetFaceAsync(Settings);

        patched.Json!["livenessAbuseMonitoring"]!["enabled"]!.GetValue<bool>().Should().BeFalse();
        read.Json!["isAbuseMonitoringEnabled"]!.GetValue<bool>().Should().BeFalse();
        otherSettings.Json!["livenessAbuseMonitoring"]!["enabled"]!.GetValue<bool>().Should().BeTrue();
    }

    [Test]
    public async Task Patch_EmptyObject_ChangesNothing()
    {
        using var client = Emulator.Client("settings-empty");

        var before = await client.GetFaceAsync(Settings);

        var response = await client.SendFaceAsync(HttpMethod.Patch, Settings, Json("{}"));

        response.Status.Should().Be(HttpStatusCode.OK);
        response.Json!["livenessAbuseMonitoring"]!["enabled"]!.GetValue<bool>()
            .Should().Be(before.Json!["livenessAbuseMonitoring"]!["enabled"]!.GetValue<bool>());
    }

    [TestCase("{\"livenessAbuseMonitoring\":{\"enabled\":\"no\"}}")]
    [TestCase("{")]
    [TestCase("null")]
    public async Task Patch_BadBody_Returns400(string body)
    {
        using var client = Emulator.Client("settings-bad");

        var response = await client.SendFaceAsync(HttpMethod.Patch, Settings, Json(body));

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidRequestBody");
    }

    [Test]
    public async Task GetClientAssetsAccessToken_ReturnsTokenAndExpiry()
    {
        using var client = Emulator.Client("settings-assets");

        var response = await client.GetFaceAsync($"{Settings}/getClientAssetsAccessToken");

        response.Status.Should().Be(HttpStatusCode.OK);
        var token = response.Json!["accessToken"]!.GetValue<string>();
        Encoding.UTF8.GetString(Convert.FromBase64String(response.Json!["base64AccessToken"]!.GetValue<string>())).Should().Be(token);
        var expiry = response.Json!["expiry"]!.GetValue<DateTimeOffset>();
        var now = response.Message.Headers.Date!.Value;
        if (Emulator.Target.IsLive)
        {
            expiry.Should().BeAfter(now, "Azure's token lifetime is undocumented; it must not be expired");
        }
        else
        {
            expiry.Should().Be(now.AddDays(1), "the emulator's client-assets token is valid for a day (README)");
        }
    }

    [TestCase("v1.2")]
    [TestCase("v1.2-preview.1")]
    public async Task OlderVersions_HaveNoSettings(string version)
    {
        using var client = Emulator.Client("settings-old");

        var response = await client.GetFaceAsync($"/face/{version}/settings");

        response.ShouldBeError(HttpStatusCode.NotFound, "404");
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
