using System.Net;
using System.Net.Http.Headers;
using FaceEmulator.Testing;
using LivenessAppServer;

namespace LivenessAppServer.Tests;

public sealed class LivenessServiceTests
{
    [Test]
    public async Task A_spoof_is_refused_and_the_session_deleted()
    {
        await using var face = await FaceEmulatorHost.StartAsync();
        var app = new LivenessService(face.HttpClient);

        var check = await app.StartCheckAsync("phone-1");
        await face.Sessions.ScriptAsync(check.SessionId, Scenario.ScreenReplay);
        await face.Sessions.AttemptAsync(check.SessionId);              // the phone's attempt

        (await app.FinishCheckAsync(check.SessionId)).Should().Be(Verdict.Spoof);
        (await face.Requests.ForSessionAsync(check.SessionId)).Should().Contain(r => r.Method == "DELETE");
    }

    [Test]
    public async Task A_device_flagged_by_a_rule_fails_then_a_real_face_passes()
    {
        await using var face = await FaceEmulatorHost.StartAsync();
        await face.Rules.AddAsync(new RuleMatch { DeviceCorrelationId = "stolen-phone" }, Scenario.PrintedPhoto, times: 1);
        var app = new LivenessService(face.HttpClient);

        var first = await app.StartCheckAsync("stolen-phone");
        await face.Sessions.AttemptAsync(first.SessionId);
        var second = await app.StartCheckAsync("stolen-phone");
        await face.Sessions.AttemptAsync(second.SessionId);

        (await app.FinishCheckAsync(first.SessionId)).Should().Be(Verdict.Spoof);
        (await app.FinishCheckAsync(second.SessionId)).Should().Be(Verdict.Live);
        (await face.Requests.WasDeletedAsync(first.SessionId)).Should().BeTrue();
    }

    [Test]
    public async Task No_attempt_yet_keeps_the_session()
    {
        await using var face = await FaceEmulatorHost.StartAsync();
        var app = new LivenessService(face.HttpClient);

        var check = await app.StartCheckAsync("phone-1");

        (await app.FinishCheckAsync(check.SessionId)).Should().Be(Verdict.Pending);
        (await face.Requests.WasDeletedAsync(check.SessionId)).Should().BeFalse();
    }

    [Test]
    public async Task The_phone_token_expires_with_the_emulator_clock()
    {
        await using var face = await FaceEmulatorHost.StartAsync();
        var check = await new LivenessService(face.HttpClient).StartCheckAsync("phone-1");
        await face.Clock.AdvanceAsync(TimeSpan.FromMinutes(11));        // past the default 600 s token TTL

        using var phone = new HttpClient(face.CreateHandler()) { BaseAddress = face.Endpoint };
        phone.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", check.AuthToken);
        using var response = await phone.PostAsync("/face/v1.2/session/start", null);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).Should().Contain("AuthTokenExpired");
    }

    [Test]
    public async Task Throttling_reaches_the_app_as_a_429()
    {
        await using var face = await FaceEmulatorHost.StartAsync();
        await face.Faults.AddAsync(FaultRule.Throttle("CreateLivenessSession", count: 1));
        var app = new LivenessService(face.HttpClient);

        var throttled = () => app.StartCheckAsync("phone-1");

        (await throttled.Should().ThrowAsync<HttpRequestException>()).Which.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await app.StartCheckAsync("phone-1")).SessionId.Should().NotBeEmpty("the rule applied once");
    }

    [Test]
    public async Task On_a_loopback_port_the_app_needs_only_a_url()
    {
        await using var face = await FaceEmulatorHost.StartAsync(new FaceEmulatorOptions { UseLoopbackPort = true });
        using var http = new HttpClient { BaseAddress = face.Endpoint };     // what the app reads from its config
        http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", face.Key);
        var app = new LivenessService(http);

        var check = await app.StartCheckAsync("phone-1");
        await face.Sessions.AttemptAsync(check.SessionId, Scenario.RealFace);

        (await app.FinishCheckAsync(check.SessionId)).Should().Be(Verdict.Live);
    }
}
