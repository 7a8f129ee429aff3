using System.Net;
using System.Text.Json.Nodes;
using FaceEmulator.ContractTests.Infrastructure;
using TestVersions = FaceEmulator.ContractTests.Infrastructure.TestVersions;

namespace FaceEmulator.ContractTests.DeviceSide;

/// <summary>Session status as the device side moves it, in both API families.</summary>
public sealed class StatusTransitionTests : DeviceTenantFixture
{
    [TestCaseSource(typeof(TestVersions), nameof(TestVersions.Classic))]
    public async Task Classic_NotStartedThenStartedThenResultAvailable(string version)
    {
        var (id, token) = await Client.CreateSessionAsync(version);
        (await Client.GetSessionAsync(version, id)).Text("status").Should().Be("NotStarted");

        (await Device.StartAsync(version, token)).Status.Should().Be(HttpStatusCode.NoContent);
        var started = await Client.GetSessionAsync(version, id);
        started.Text("status").Should().Be("Started");
        started.Json!["sessionStartDateTime"].Should().NotBeNull();
        started.Json!["result"].Should().BeNull();

        (await Device.DetectAsync(version, token)).Status.Should().Be(HttpStatusCode.NoContent);
        (await Client.AdminAttemptAsync(id, new { scenario = "printed-photo" })).Status.Should().Be(HttpStatusCode.OK);

        var done = await Client.GetSessionAsync(version, id);
        done.Text("status").Should().Be("ResultAvailable");
        done.Text("result.id").Should().Be("2");
        done.Text("result.response.body.livenessDecision").Should().Be("spoofface");
    }

    [TestCaseSource(typeof(TestVersions), nameof(TestVersions.Classic))]
    public async Task Classic_AuditListsEveryAttemptNewestFirst(string version)
    {
        var (id, token) = await Client.CreateSessionAsync(version);
        (await Device.DetectAsync(version, token, content: new StringContent("frame-1"))).Status.Should().Be(HttpStatusCode.NoContent);
        (await Client.AdminAttemptAsync(id, new { scenario = "face-mask-detected" })).Status.Should().Be(HttpStatusCode.OK);

        var audit = await Client.GetFaceAsync($"{DeviceHttp.SessionsPath(version, false)}/{id}/audit");
        var entries = audit.Json!.AsArray();
        entries.Select(e => e!["id"]!.GetValue<long>()).Should().Equal(2, 1);
        foreach (var entry in entries)
        {
            entry!["sessionId"]!.GetValue<string>().Should().Be(id);
            entry["digest"]!.GetValue<string>().Should().MatchRegex("^[0-9A-F]{64}$");
            entry["requestId"]!.GetValue<string>().Should().NotBeEmpty();
            entry["request"]!["method"]!.GetValue<string>().Should().Be("POST");
            entry["request"]!["url"]!.GetValue<string>().Should().Be(DeviceHttp.DetectPath(version, false));
            entry["response"]!["statusCode"]!.GetValue<int>().Should().Be(204);
            entry["response"]!["latencyInMilliseconds"]!.GetValue<long>().Should().BePositive();
        }

        entries[1]!["response"]!["body"]!["livenessDecision"]!.GetValue<string>().Should().Be("realface");
        entries[1]!["request"]!["contentType"]!.GetValue<string>().Should().StartWith("text/plain");
    }

    [TestCaseSource(typeof(TestVersions), nameof(TestVersions.Classic))]
    public async Task Classic_SendResultsToClient_Returns200WithResult(string version)
    {
        var (_, token) = await Client.CreateSessionAsync(version, extra: new Dictionary<string, object> { ["sendResultsToClient"] = true });

        var response = await Device.DetectAsync(version, token);

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        response.Text("livenessDecision").Should().Be("realface");
        response.Text("target.faceRectangle.width").Should().NotBeEmpty();
    }

    [TestCaseSource(typeof(TestVersions), nameof(TestVersions.Attempts))]
    public async Task Attempts_NotStartedThenRunningThenSucceededThenFailed(string version)
    {
        var extra = TestVersions.IsV13(version) ? new Dictionary<string, object> { ["numberOfClientAttemptsAllowed"] = 2 } : null;
        var (id, token) = await Client.CreateSessionAsync(version, extra: extra);
        (await Client.GetSessionAsync(version, id)).Text("status").Should().Be("NotStarted");

        (await Device.StartAsync(version, token)).Status.Should().Be(HttpStatusCode.NoContent);
        (await Client.GetSessionAsync(version, id)).Text("status").Should().Be("Running");

        (await Device.DetectAsync(version, token)).Status.Should().Be(HttpStatusCode.NoContent);
        (await Client.GetSessionAsync(version, id)).Text("status").Should().Be("Succeeded");

        (await Client.AdminAttemptAsync(id, new { scenario = "face-mask-detected" })).Status.Should().Be(HttpStatusCode.OK);
        var failed = await Client.GetSessionAsync(version, id);
        failed.Text("status").Should().Be("Failed");
        var attempts = failed.Json!["results"]!["attempts"]!.AsArray();
        attempts.Select(a => a!["attemptId"]!.GetValue<int>()).Should().Equal(2, 1);
        attempts[0]!["attemptStatus"]!.GetValue<string>().Should().Be("Failed");
        attempts[0]!["error"]!["code"]!.GetValue<string>().Should().Be("FaceWithMaskDetected");
        attempts[0]!["error"]!["message"]!.GetValue<string>().Should().Be("Mask detected on face image.");
        attempts[0]!["result"].Should().BeNull();
        attempts[1]!["attemptStatus"]!.GetValue<string>().Should().Be("Succeeded");
        attempts[1]!["result"]!["livenessDecision"]!.GetValue<string>().Should().Be("realface");
        attempts[1]!["result"]!["digest"]!.GetValue<string>().Should().MatchRegex("^[0-9A-F]{64}$");
        attempts[1]!["error"].Should().BeNull();
        if (TestVersions.IsV13(version))
        {
            attempts[1]!["clientInformation"]![0]!["ip"]!.GetValue<string>().Should().NotBeEmpty();
        }
    }

    [TestCaseSource(typeof(TestVersions), nameof(TestVersions.Attempts))]
    public async Task Attempts_WithVerify_ReportsVerifyResult(string version)
    {
        var (id, token) = await Client.CreateSessionAsync(version, withVerify: true);

        (await Device.DetectAsync(version, token, withVerify: true)).Status.Should().Be(HttpStatusCode.NoContent);

        var session = await Client.GetSessionAsync(version, id, withVerify: true);
        var result = session.Json!["results"]!["attempts"]![0]!["result"]!;
        result["verifyResult"]!["matchConfidence"]!.GetValue<double>().Should().Be(0.96231147);
        result["verifyResult"]!["isIdentical"]!.GetValue<bool>().Should().BeTrue();
    }

    [TestCaseSource(typeof(TestVersions), nameof(TestVersions.All))]
    public async Task AdminAttempt_UnknownSession_Returns404(string version)
    {
        var response = await Client.AdminAttemptAsync("00000000-0000-0000-0000-00000000dead", new { scenario = "real-face" });

        response.ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
    }

    [Test]
    public async Task AdminAttempt_ReturnsTheAttemptInTheFamilyShape()
    {
        var (id, _) = await Client.CreateSessionAsync("v1.2");

        var response = await Client.AdminAttemptAsync(id, new { decision = "uncertain", faceRectangle = new { top = 1, left = 2, width = 30, height = 40 } });

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        response.Text("attemptId").Should().Be("1");
        response.Text("result.livenessDecision").Should().Be("uncertain");
        response.Json!["result"]!["targets"]!["color"]!["faceRectangle"]!.ToJsonString()
            .Should().Be(JsonNode.Parse("""{"top":1,"left":2,"width":30,"height":40}""")!.ToJsonString());
    }
}
