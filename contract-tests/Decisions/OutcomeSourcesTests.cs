using System.Net;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Decisions;

/// <summary>Scripts, tenant rules and explicit outcomes over HTTP, and their precedence.</summary>
public sealed class OutcomeSourcesTests
{
    private HttpClient _device = null!;

    [OneTimeSetUp]
    public void CreateClient() => _device = Emulator.AnonymousClient();

    [OneTimeTearDown]
    public void DisposeClient() => _device.Dispose();

    private static async Task<string> DecisionOf(HttpClient app, string sessionId, int attemptId)
    {
        var session = await app.GetSessionAsync("v1.2", sessionId);
        var attempt = session.Json!["results"]!["attempts"]!.AsArray().Single(a => a!["attemptId"]!.GetValue<int>() == attemptId)!;
        return attempt["result"]?["livenessDecision"]?.GetValue<string>() ?? attempt["error"]!["code"]!.GetValue<string>();
    }

    [Test]
    public async Task Script_IsConsumedOnePerAttempt_AndShowsWhatRemains()
    {
        using var app = Emulator.Client(DeviceHttp.UniqueKey(this));
        var (id, token) = await app.CreateSessionAsync("v1.2");
        var put = await app.AdminRawAsync(HttpMethod.Put, $"/__admin/sessions/{id}/script", """["uncertain-lighting","face-mask-detected","real-face"]""");
        put.Status.Should().Be(HttpStatusCode.OK, put.Body);

        (await _device.DetectAsync("v1.2", token)).Status.Should().Be(HttpStatusCode.NoContent);
        (await DecisionOf(app, id, 1)).Should().Be("uncertain");
        var remaining = await app.GetFaceAsync($"/__admin/sessions/{id}/script");
        remaining.Json!["remaining"]!.AsArray().Select(o => o!["scenario"]!.GetValue<string>()).Should().Equal("face-mask-detected", "real-face");

        (await app.AdminAttemptAsync(id)).Text("error.code").Should().Be("FaceWithMaskDetected");
        (await app.AdminRawAsync(HttpMethod.Delete, $"/__admin/sessions/{id}/script")).Status.Should().Be(HttpStatusCode.NoContent);
        (await app.GetFaceAsync($"/__admin/sessions/{id}/script")).Json!["remaining"]!.AsArray().Should().BeEmpty();
    }

    [Test]
    public async Task ExplicitOutcome_BeatsScript_AndLeavesItUnconsumed()
    {
        using var app = Emulator.Client(DeviceHttp.UniqueKey(this));
        var (id, _) = await app.CreateSessionAsync("v1.2");
        await app.AdminRawAsync(HttpMethod.Put, $"/__admin/sessions/{id}/script", """["printed-photo"]""");

        (await app.AdminAttemptAsync(id, new { scenario = "3d-mask", latencyMs = 5 })).Text("result.livenessDecision").Should().Be("spoofface");

        (await app.GetFaceAsync($"/__admin/sessions/{id}/script")).Json!["remaining"]!.AsArray().Should().HaveCount(1);
    }

    [Test]
    public async Task Rule_MatchesDeviceCorrelationId_AppliesTimesThenFallsBack()
    {
        using var app = Emulator.Client(DeviceHttp.UniqueKey(this));
        var add = await app.AdminRawAsync(HttpMethod.Post, "/__admin/rules",
            """{"match":{"deviceCorrelationId":"spoofer"},"outcome":"screen-replay","times":1}""");
        add.Status.Should().Be(HttpStatusCode.Created, add.Body);
        var (spoofer, _) = await app.CreateSessionAsync("v1.2", extra: new Dictionary<string, object> { ["deviceCorrelationId"] = "spoofer" });
        var (honest, _) = await app.CreateSessionAsync("v1.2");

        (await app.AdminAttemptAsync(spoofer)).Text("result.livenessDecision").Should().Be("spoofface");
        (await app.AdminAttemptAsync(honest)).Text("result.livenessDecision").Should().Be("realface");
        (await app.AdminAttemptAsync(spoofer)).Text("result.livenessDecision").Should().Be("realface", "the rule applied once");

        var rules = await app.GetFaceAsync("/__admin/rules");
        rules.Text("0.remaining").Should().Be("0");
    }

    [Test]
    public async Task Rule_ByKindAndMode_FirstMatchWins_AndCanBeDeleted()
    {
        using var app = Emulator.Client(DeviceHttp.UniqueKey(this));
        var first = await app.AdminRawAsync(HttpMethod.Post, "/__admin/rules",
            """{"match":{"sessionKind":"LivenessWithVerify"},"outcome":{"scenario":"verify-mismatch"}}""");
        await app.AdminRawAsync(HttpMethod.Post, "/__admin/rules", """{"match":{"livenessOperationMode":"passive"},"outcome":"uncertain-lighting"}""");
        var (verify, _) = await app.CreateSessionAsync("v1.2", withVerify: true);
        var (plain, _) = await app.CreateSessionAsync("v1.2");

        var attempt = await app.AdminAttemptAsync(verify);
        attempt.Text("result.verifyResult.matchConfidence").Should().Be("0.08871888");
        attempt.Text("result.verifyResult.isIdentical").Should().Be("false");
        (await app.AdminAttemptAsync(plain)).Text("result.livenessDecision").Should().Be("uncertain");

        (await app.AdminRawAsync(HttpMethod.Delete, $"/__admin/rules/{first.Text("id")}")).Status.Should().Be(HttpStatusCode.NoContent);
        (await app.AdminRawAsync(HttpMethod.Delete, $"/__admin/rules/{first.Text("id")}")).ShouldBeError(HttpStatusCode.NotFound, "RuleNotFound");
        (await app.AdminRawAsync(HttpMethod.Delete, "/__admin/rules")).Status.Should().Be(HttpStatusCode.NoContent);
        (await app.GetFaceAsync("/__admin/rules")).Json!.AsArray().Should().BeEmpty();
    }

    [Test]
    public async Task ScriptBeatsRule()
    {
        using var app = Emulator.Client(DeviceHttp.UniqueKey(this));
        await app.AdminRawAsync(HttpMethod.Post, "/__admin/rules", """{"outcome":"printed-photo"}""");
        var (id, _) = await app.CreateSessionAsync("v1.2");
        await app.AdminRawAsync(HttpMethod.Put, $"/__admin/sessions/{id}/script", """{"outcomes":[{"decision":"uncertain"}]}""");

        (await app.AdminAttemptAsync(id)).Text("result.livenessDecision").Should().Be("uncertain");
    }

    [TestCase(0.4, true)]
    [TestCase(0.5, false)]
    public async Task VerifyLowConfidence_IsIdenticalFollowsTheSessionThreshold(double threshold, bool identical)
    {
        using var app = Emulator.Client(DeviceHttp.UniqueKey(this));
        var (id, _) = await app.CreateSessionAsync("v1.2", withVerify: true,
            extra: new Dictionary<string, object> { ["verifyConfidenceThreshold"] = threshold });

        var attempt = await app.AdminAttemptAsync(id, new { scenario = "verify-low-confidence" });

        attempt.Text("result.verifyResult.isIdentical").Should().Be(identical ? "true" : "false");
    }

    [TestCase("""{"scenario":"nope"}""")]
    [TestCase("""{"decision":"realface","error":"TimedOut"}""")]
    [TestCase("""[1,2]""")]
    [TestCase("""{not json""")]
    [TestCase("""{"scenario":"real-face","scenario":"3d-mask"}""")]
    [TestCase("""{"scenario":"real-face","faceRectangle":{"top":"x"}}""")]
    [TestCase("""{"decision":"realface","latencyMs":1.5}""")]
    public async Task AdminAttempt_BadOutcome_Returns400(string json)
    {
        using var app = Emulator.Client(DeviceHttp.UniqueKey(this));
        var (id, _) = await app.CreateSessionAsync("v1.2");

        var response = await app.AdminRawAsync(HttpMethod.Post, $"/__admin/sessions/{id}/attempts", json);

        response.Status.Should().Be(HttpStatusCode.BadRequest, response.Body);
        response.ErrorCode.Should().NotBeNull();
    }

    [Test]
    public async Task Script_ForUnknownSession_Returns404()
    {
        using var app = Emulator.Client(DeviceHttp.UniqueKey(this));

        var response = await app.AdminRawAsync(HttpMethod.Put, "/__admin/sessions/unknown/script", """["real-face"]""");

        response.ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
    }
}
