using System.Net;

namespace FaceEmulator.Testing.Tests;

/// <summary>The typed admin client, used the way an app-server team's test uses it.</summary>
public sealed class AdminClientTests
{
    [Test]
    public async Task Clock_SetFreezeAdvance_MoveTheTenantsTime()
    {
        await using var face = await FaceEmulatorHost.StartAsync();
        var start = new DateTimeOffset(2025, 5, 5, 10, 0, 0, TimeSpan.Zero);

        (await face.Clock.SetAsync(start, freeze: true)).Should().Be(new ClockState(start, Frozen: true));
        (await face.Clock.AdvanceAsync(TimeSpan.FromMinutes(11))).Now.Should().Be(start.AddMinutes(11));
        (await face.Clock.AdvanceAsync(TimeSpan.FromHours(-1))).Now.Should().Be(start.AddMinutes(-49));
        (await face.Clock.UnfreezeAsync()).Frozen.Should().BeFalse();
        (await face.Clock.FreezeAsync()).Frozen.Should().BeTrue();
        (await face.Clock.UpdateAsync(new ClockChange { Set = start, Advance = TimeSpan.FromDays(2) })).Now.Should().Be(start.AddDays(2));
    }

    [Test]
    public async Task Clock_MovedPastTheTokenTtl_ExpiresTheSession()
    {
        await using var face = await FaceEmulatorHost.StartAsync();
        var sessionId = await FaceApp.CreateSessionAsync(face.HttpClient);

        await face.Clock.AdvanceAsync(TimeSpan.FromHours(48) + TimeSpan.FromSeconds(1));

        (await FaceApp.GetSessionAsync(face.HttpClient, sessionId))["sessionExpired"]?.GetValue<bool>().Should().BeTrue();
    }

    [Test]
    public async Task Script_DecidesTheNextAttemptsInOrder()
    {
        await using var face = await FaceEmulatorHost.StartAsync();
        var sessionId = await FaceApp.CreateSessionAsync(face.HttpClient);

        var script = await face.Sessions.ScriptAsync(sessionId, Scenario.ScreenReplay, Scenario.RealFace);
        script.Remaining.Select(o => o.Scenario).Should().Equal(Scenario.ScreenReplay, Scenario.RealFace);

        var first = await face.Sessions.AttemptAsync(sessionId);
        first.Should().BeEquivalentTo(new { AttemptId = 1, LivenessDecision = LivenessDecision.SpoofFace, ErrorCode = (string?)null });
        (await face.Sessions.GetScriptAsync(sessionId)).Remaining.Should().ContainSingle().Which.Scenario.Should().Be(Scenario.RealFace);
        (await face.Sessions.AttemptAsync(sessionId)).LivenessDecision.Should().Be(LivenessDecision.RealFace);

        var session = await FaceApp.GetSessionAsync(face.HttpClient, sessionId);
        session["results"]!["attempts"]!.AsArray().Should().HaveCount(2);
    }

    [Test]
    public async Task Script_Clear_LetsTheDefaultDecide()
    {
        await using var face = await FaceEmulatorHost.StartAsync();
        var sessionId = await FaceApp.CreateSessionAsync(face.HttpClient);
        await face.Sessions.ScriptAsync(sessionId, Scenario.PrintedPhoto);

        await face.Sessions.ClearScriptAsync(sessionId);

        (await face.Sessions.GetScriptAsync(sessionId)).Remaining.Should().BeEmpty();
        (await face.Sessions.AttemptAsync(sessionId)).LivenessDecision.Should().Be(LivenessDecision.RealFace);
    }

    [Test]
    public async Task Attempt_ExplicitOutcomes_AreReported()
    {
        await using var face = await FaceEmulatorHost.StartAsync();
        var sessionId = await FaceApp.CreateSessionAsync(face.HttpClient, "v1.3-preview.1");

        var failed = await face.Sessions.AttemptAsync(sessionId, Scenario.FaceMaskDetected);

        failed.ErrorCode.Should().Be("FaceWithMaskDetected");
        failed.LivenessDecision.Should().BeNull();
        failed.Json.GetProperty("attemptStatus").GetString().Should().Be("Failed");
    }

    [Test]
    public async Task Attempt_InAClassicSession_ReadsTheAuditEntry()
    {
        await using var face = await FaceEmulatorHost.StartAsync();
        var sessionId = await FaceApp.CreateSessionAsync(face.HttpClient, "v1.1-preview.1");

        var attempt = await face.Sessions.AttemptAsync(sessionId, Outcome.Decided(LivenessDecision.Uncertain) with { LatencyMs = 120 });

        attempt.AttemptId.Should().Be(1);
        attempt.LivenessDecision.Should().Be(LivenessDecision.Uncertain);
        attempt.Json.GetProperty("response").GetProperty("latencyInMilliseconds").GetInt64().Should().Be(120);
    }

    [Test]
    public async Task Attempt_UnknownSession_ThrowsWithTheEmulatorsError()
    {
        await using var face = await FaceEmulatorHost.StartAsync();

        var attempt = () => face.Sessions.AttemptAsync("no-such-session", Scenario.RealFace);

        var error = (await attempt.Should().ThrowAsync<FaceEmulatorException>()).Which;
        error.Status.Should().Be(HttpStatusCode.NotFound);
        error.Code.Should().Be("SessionNotFound");
    }

    [Test]
    public async Task Rules_MatchOnTheDevice_AndCanBeRemoved()
    {
        await using var face = await FaceEmulatorHost.StartAsync();
        var rule = await face.Rules.AddAsync(new RuleMatch { DeviceCorrelationId = "spoofer-phone" }, Scenario.Mask3D, times: 1);
        rule.Should().BeEquivalentTo(new { Times = 1, Remaining = 1, Match = new RuleMatch { DeviceCorrelationId = "spoofer-phone" } });

        var spoofer = await FaceApp.CreateSessionAsync(face.HttpClient, device: "spoofer-phone");
        var honest = await FaceApp.CreateSessionAsync(face.HttpClient, device: "honest-phone");

        (await face.Sessions.AttemptAsync(spoofer)).LivenessDecision.Should().Be(LivenessDecision.SpoofFace);
        (await face.Sessions.AttemptAsync(honest)).LivenessDecision.Should().Be(LivenessDecision.RealFace);
        (await face.Rules.ListAsync()).Should().ContainSingle().Which.Remaining.Should().Be(0);

        await face.Rules.RemoveAsync(rule.Id);
        (await face.Rules.ListAsync()).Should().BeEmpty();
        var missing = () => face.Rules.RemoveAsync(rule.Id);
        (await missing.Should().ThrowAsync<FaceEmulatorException>()).Which.Code.Should().Be("RuleNotFound");
    }

    [Test]
    public async Task Faults_ThrottleThenRecover()
    {
        await using var face = await FaceEmulatorHost.StartAsync();
        var fault = await face.Faults.AddAsync(FaultRule.Throttle("CreateLivenessSession", count: 1));
        fault.Should().BeEquivalentTo(new { Status = 429, Remaining = 1, Injected = 0, Envelope = "azure" });

        var throttled = () => FaceApp.CreateSessionAsync(face.HttpClient);
        (await throttled.Should().ThrowAsync<HttpRequestException>()).Which.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        var sessionId = await FaceApp.CreateSessionAsync(face.HttpClient);

        (await face.Faults.ListAsync()).Should().BeEmpty("a spent rule disappears");
        (await face.Requests.ForOperationAsync("CreateLivenessSession")).Select(r => r.Status).Should().Equal(200, 429);
        sessionId.Should().NotBeEmpty();
    }

    [Test]
    public async Task Faults_ListRemoveClear()
    {
        await using var face = await FaceEmulatorHost.StartAsync();
        var slow = await face.Faults.AddAsync(FaultRule.Latency("GetLivenessSessionResult", TimeSpan.FromMilliseconds(5)));
        var outage = await face.Faults.AddAsync(FaultRule.Failure("*", 503) with { ApiVersion = "v1.2", Probability = 0.5 });

        (await face.Faults.ListAsync()).Select(f => f.Id).Should().Equal(slow.Id, outage.Id);
        outage.ErrorCode.Should().BeNull("the emulator fills the default code in when it answers");

        await face.Faults.RemoveAsync(slow.Id);
        (await face.Faults.ListAsync()).Should().ContainSingle().Which.Id.Should().Be(outage.Id);
        await face.Faults.ClearAsync();
        (await face.Faults.ListAsync()).Should().BeEmpty();
    }

    [Test]
    public async Task Faults_UnknownOperation_IsTheEmulatorsBadArgument()
    {
        await using var face = await FaceEmulatorHost.StartAsync();

        var add = () => face.Faults.AddAsync(FaultRule.Throttle("CreateLivenesSession"));

        var error = (await add.Should().ThrowAsync<FaceEmulatorException>()).Which;
        error.Status.Should().Be(HttpStatusCode.BadRequest);
        error.Code.Should().Be("BadArgument");
        error.Message.Should().Contain("Unknown operation 'CreateLivenesSession'");
    }

    [Test]
    public async Task Requests_ShowWhatTheAppDid()
    {
        await using var face = await FaceEmulatorHost.StartAsync();
        var kept = await FaceApp.CreateSessionAsync(face.HttpClient);
        var deleted = await FaceApp.CreateSessionAsync(face.HttpClient);
        (await face.HttpClient.DeleteAsync(new Uri($"/face/v1.2/detectLiveness-sessions/{deleted}", UriKind.Relative))).EnsureSuccessStatusCode();

        (await face.Requests.ForSessionAsync(deleted)).Should().Contain(r => r.Method == "DELETE" && r.Operation == "DeleteLivenessSession");
        (await face.Requests.WasDeletedAsync(deleted)).Should().BeTrue();
        (await face.Requests.WasDeletedAsync(kept)).Should().BeFalse();
        (await face.Requests.ListAsync(new RequestFilter { Method = "POST", Limit = 1 })).Should().ContainSingle().Which.SessionId.Should().Be(deleted);

        await face.Requests.ClearAsync();
        (await face.Requests.ListAsync()).Should().BeEmpty();
    }

    [Test]
    public async Task Reset_ForgetsTheTenant()
    {
        await using var face = await FaceEmulatorHost.StartAsync();
        var sessionId = await FaceApp.CreateSessionAsync(face.HttpClient);
        await face.Faults.AddAsync(FaultRule.Throttle("GetLivenessSessionResult"));

        await face.ResetAsync();

        (await face.Faults.ListAsync()).Should().BeEmpty();
        (await face.Requests.ListAsync()).Should().BeEmpty();
        using var response = await face.HttpClient.GetAsync(new Uri($"/face/v1.2/detectLiveness-sessions/{sessionId}", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ResetAll_WithTheAdminKey_ForgetsEveryTenant()
    {
        await using var face = await FaceEmulatorHost.StartAsync(new FaceEmulatorOptions
        {
            Settings = new Dictionary<string, string?> { ["Emulator:Admin:Key"] = "admin-secret" },
        });
        var other = face.ForTenant("another-tenant");
        using var otherHttp = other.HttpClient;
        await face.Faults.AddAsync(FaultRule.Throttle("GetLivenessSessionResult"));
        await other.Faults.AddAsync(FaultRule.Throttle("GetLivenessSessionResult"));

        var wrong = await FluentActions.Awaiting(() => face.Admin.ResetAllAsync("not-the-admin-key")).Should().ThrowAsync<FaceEmulatorException>();
        wrong.Which.Code.Should().Be("InvalidAdminKey");
        wrong.Which.Status.Should().Be(HttpStatusCode.Unauthorized);
        await face.Admin.ResetAllAsync("admin-secret");

        (await face.Faults.ListAsync()).Should().BeEmpty();
        (await other.Faults.ListAsync()).Should().BeEmpty();
    }
}
