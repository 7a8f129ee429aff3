using System.Net;
using System.Net.Http.Headers;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Frontend;

/// <summary><c>GET /__admin/sessions</c>, which the QA console polls, and the interactive outcome field of device calls.</summary>
public sealed class SessionsAdminTests : DeviceTenantFixture
{
    [Test]
    public async Task List_ShowsStatusAttemptsVerifyResultAndTokenExpiryOnTheTenantClock()
    {
        using var tenant = Emulator.Client(DeviceHttp.UniqueKey(this));
        var (id, _) = await tenant.CreateSessionAsync("v1.2", withVerify: true);
        (await tenant.AdminAttemptAsync(id, new { scenario = "verify-mismatch" })).Status.Should().Be(HttpStatusCode.OK);
        (await tenant.PostAdminAsync("/__admin/clock", """{"advance":"PT11M"}""")).Status.Should().Be(HttpStatusCode.OK);

        var list = await tenant.AdminRawAsync(HttpMethod.Get, "/__admin/sessions");

        list.Status.Should().Be(HttpStatusCode.OK);
        var session = list.Json!["sessions"]!.AsArray().Single()!;
        session["sessionId"]!.GetValue<string>().Should().Be(id);
        session["kind"]!.GetValue<string>().Should().Be("LivenessWithVerify");
        session["status"]!.GetValue<string>().Should().Be("Succeeded");
        session["tokenExpired"]!.GetValue<bool>().Should().BeTrue();
        var attempt = session["attempts"]!.AsArray().Single()!;
        attempt["livenessDecision"]!.GetValue<string>().Should().Be("realface");
        attempt["isIdentical"]!.GetValue<bool>().Should().BeFalse();
        list.Json!["now"]!.GetValue<DateTimeOffset>().Should().BeAfter(session["tokenExpiresAt"]!.GetValue<DateTimeOffset>());
    }

    [Test]
    public async Task List_WithoutKey_Returns401()
    {
        (await Device.GetFaceAsync("/__admin/sessions")).ShouldBeError(HttpStatusCode.Unauthorized, "Unspecified");
    }

    [Test]
    public async Task InteractiveField_NamesTheOutcome_BeforeTheScript()
    {
        var (id, token) = await Client.CreateSessionAsync("v1.2");
        (await Client.AdminRawAsync(HttpMethod.Put, $"/__admin/sessions/{id}/script", """["real-face"]""")).Status.Should().Be(HttpStatusCode.OK);
        using var form = new MultipartFormDataContent { { new StringContent("3d-mask"), "faceemuScenario" } };
        form.Add(new ByteArrayContent([1, 2, 3]) { Headers = { ContentType = new MediaTypeHeaderValue("image/jpeg") } }, "image", "frame.jpg");

        (await Device.DetectAsync("v1.2", token, content: form)).Status.Should().Be(HttpStatusCode.NoContent);

        (await Client.GetSessionAsync("v1.2", id)).Text("results.attempts.0.result.livenessDecision").Should().Be("spoofface");
        var journal = await Client.AdminRawAsync(HttpMethod.Get, $"/__admin/requests?sessionId={id}&operation=DetectLiveness");
        journal.Text("total").Should().Be("1", "device calls are journaled under the token's session");
    }
}
