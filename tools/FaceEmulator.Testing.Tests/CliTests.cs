using System.CommandLine;
using System.Net;
using System.Text.Json.Nodes;
using FaceEmulator.Tool.Control;

namespace FaceEmulator.Testing.Tests;

/// <summary>Each faceemu control verb, invoked with a handler into an in-process emulator.</summary>
public sealed class CliTests
{
    [Test]
    public async Task Clock_SetsFreezesAndAdvances()
    {
        await using var cli = await CliRun.StartAsync();

        var set = (await cli.RunAsync("clock", "--set", "2025-05-05T10:00:00Z", "--freeze")).ShouldSucceed();
        JsonNode.Parse(set.Output)!["frozen"]!.GetValue<bool>().Should().BeTrue();
        var advanced = (await cli.RunAsync("clock", "--advance", "PT11M", "-o", "table")).ShouldSucceed();

        advanced.Output.Should().Contain("2025-05-05T10:11:00.0000000+00:00").And.Contain("yes");
        (await cli.Face.Clock.GetAsync()).Now.Should().Be(new DateTimeOffset(2025, 5, 5, 10, 11, 0, TimeSpan.Zero));
        (await cli.RunAsync("clock")).ShouldSucceed().Output.Should().Contain("\"now\": \"2025-05-05T10:11:00+00:00\"");
    }

    // Usage mistakes never reach the emulator, so any key will do where one is needed.
    [TestCase("ISO-8601 duration", "clock", "--advance", "11 minutes", "--key", "k")]
    [TestCase("ISO-8601 instant", "clock", "--set", "yesterday", "--key", "k")]
    [TestCase("--freeze and --unfreeze exclude each other", "clock", "--freeze", "--unfreeze", "--key", "k")]
    [TestCase("--key or set FACE_KEY", "faults", "--key", "")]
    public async Task AUsageMistake_ExitsWith2(string message, params string[] args)
    {
        await using var cli = await CliRun.StartAsync();

        (await cli.RunWithoutKeyAsync(args)).ShouldFail(2, message);
    }

    [Test]
    public async Task Attempt_RecordsTheNamedOutcome()
    {
        await using var cli = await CliRun.StartAsync();
        var sessionId = await FaceApp.CreateSessionAsync(cli.Face.HttpClient);

        var json = (await cli.RunAsync("attempt", sessionId, "screen-replay")).ShouldSucceed();
        var table = (await cli.RunAsync("attempt", sessionId, """{"decision":"uncertain","latencyMs":120}""", "-o", "table")).ShouldSucceed();

        JsonNode.Parse(json.Output)!["result"]!["livenessDecision"]!.GetValue<string>().Should().Be("spoofface");
        table.Output.Should().StartWith("attempt").And.Contain("uncertain");
        table.Output.Split('\n')[1].Should().StartWith("2 ");
    }

    [Test]
    public async Task Attempt_UnknownSession_ExitsWithTheEmulatorsError()
    {
        await using var cli = await CliRun.StartAsync();

        (await cli.RunAsync("attempt", "no-such-session")).ShouldFail(1, "404 SessionNotFound").Output.Should().BeEmpty();
    }

    [Test]
    public async Task Script_SetShowClear()
    {
        await using var cli = await CliRun.StartAsync();
        var sessionId = await FaceApp.CreateSessionAsync(cli.Face.HttpClient);

        (await cli.RunAsync("script", sessionId, "uncertain-lighting", "real-face")).ShouldSucceed();
        var shown = (await cli.RunAsync("script", sessionId, "-o", "table")).ShouldSucceed();
        shown.Output.Should().Contain("1     uncertain-lighting").And.Contain("2     real-face");

        (await cli.Face.Sessions.AttemptAsync(sessionId)).LivenessDecision.Should().Be(LivenessDecision.Uncertain);
        (await cli.RunAsync("script", sessionId, "--clear")).ShouldSucceed();
        (await cli.Face.Sessions.GetScriptAsync(sessionId)).Remaining.Should().BeEmpty();
    }

    [Test]
    public async Task Script_UnknownScenario_ExitsWithTheEmulatorsError()
    {
        await using var cli = await CliRun.StartAsync();
        var sessionId = await FaceApp.CreateSessionAsync(cli.Face.HttpClient);

        (await cli.RunAsync("script", sessionId, "deepfake")).ShouldFail(1, "400", "deepfake");
    }

    [Test]
    public async Task Rules_AddListRemoveClear()
    {
        await using var cli = await CliRun.StartAsync();

        var added = (await cli.RunAsync("rules", "add", "3d-mask", "--device-correlation-id", "spoofer", "--times", "2")).ShouldSucceed();
        var id = JsonNode.Parse(added.Output)!["id"]!.GetValue<string>();
        (await cli.RunAsync("rules", "add", "printed-photo")).ShouldSucceed();

        var table = (await cli.RunAsync("rules", "-o", "table")).ShouldSucceed();
        table.Output.Should().Contain("device=spoofer").And.Contain("3d-mask").And.Contain("printed-photo");
        (await cli.RunAsync("rules", "remove", id)).ShouldSucceed();
        (await cli.Face.Rules.ListAsync()).Should().ContainSingle();
        (await cli.RunAsync("rules", "clear")).ShouldSucceed();
        (await cli.Face.Rules.ListAsync()).Should().BeEmpty();
        (await cli.RunAsync("rules", "remove", id)).ShouldFail(1, "RuleNotFound");
    }

    [Test]
    public async Task Faults_AddThrottleListRemoveClear()
    {
        await using var cli = await CliRun.StartAsync();

        (await cli.RunAsync("faults", "add", "CreateLivenessSession", "--status", "429", "--count", "1")).ShouldSucceed();
        var call = () => FaceApp.CreateSessionAsync(cli.Face.HttpClient);
        (await call.Should().ThrowAsync<HttpRequestException>()).Which.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        await FaceApp.CreateSessionAsync(cli.Face.HttpClient);

        (await cli.RunAsync("faults", "add", "*", "--latency-ms", "5")).ShouldSucceed();
        (await cli.RunAsync("faults", "add", "GetLivenessSessionResult", "--status", "503", "--envelope", "gateway")).ShouldSucceed();
        (await cli.RunAsync("faults", "-o", "table")).ShouldSucceed().Output.Should().Contain("fault-2").And.Contain("fault-3").And.NotContain("fault-1");
        (await cli.RunAsync("faults", "remove", "fault-2")).ShouldSucceed();
        (await cli.Face.Faults.ListAsync()).Should().ContainSingle().Which.Id.Should().Be("fault-3");
        (await cli.RunAsync("faults", "clear")).ShouldSucceed();
        (await cli.Face.Faults.ListAsync()).Should().BeEmpty();
    }

    [Test]
    public async Task Faults_UnknownOperation_ExitsWithTheEmulatorsMessage()
    {
        await using var cli = await CliRun.StartAsync();

        (await cli.RunAsync("faults", "add", "Nope", "--status", "500")).ShouldFail(1, "400 BadArgument", "Unknown operation 'Nope'");
    }

    [Test]
    public async Task Requests_ListFilterClear()
    {
        await using var cli = await CliRun.StartAsync();
        var sessionId = await FaceApp.CreateSessionAsync(cli.Face.HttpClient);
        (await cli.Face.HttpClient.DeleteAsync(new Uri($"/face/v1.2/detectLiveness-sessions/{sessionId}", UriKind.Relative))).EnsureSuccessStatusCode();

        var deletes = (await cli.RunAsync("requests", "--session", sessionId, "--method", "DELETE")).ShouldSucceed();
        JsonNode.Parse(deletes.Output)!.AsArray().Should().ContainSingle()
            .Which!["operation"]!.GetValue<string>().Should().Be("DeleteLivenessSession");
        (await cli.RunAsync("requests", "--limit", "1", "-o", "table")).ShouldSucceed().Output.Should().Contain("DELETE");

        (await cli.RunAsync("requests", "clear")).ShouldSucceed();
        (await cli.Face.Requests.ListAsync()).Should().BeEmpty();
    }

    [Test]
    public async Task Reset_ForgetsTheTenant()
    {
        await using var cli = await CliRun.StartAsync();
        await cli.Face.Faults.AddAsync(FaultRule.Throttle("GetLivenessSessionResult"));

        (await cli.RunAsync("reset")).ShouldSucceed();
        (await cli.Face.Faults.ListAsync()).Should().BeEmpty();
    }

    [Test]
    public async Task ResetAll_NeedsTheAdminKey_NotATenantKey()
    {
        await using var cli = await CliRun.StartAsync(adminKey: "cli-admin-key");
        await cli.Face.Faults.AddAsync(FaultRule.Throttle("GetLivenessSessionResult"));

        (await cli.RunWithoutKeyAsync("reset", "--all", "--key", "")).ShouldFail(2, "--admin-key");
        (await cli.RunWithoutKeyAsync("reset", "--all", "--admin-key", "wrong")).ShouldFail(1, "401 InvalidAdminKey");
        (await cli.Face.Faults.ListAsync()).Should().ContainSingle();

        (await cli.RunWithoutKeyAsync("reset", "--all", "--admin-key", "cli-admin-key")).ShouldSucceed().Output.Should().Contain("every tenant");
        (await cli.Face.Faults.ListAsync()).Should().BeEmpty();
    }

    [Test]
    public async Task ResetAll_OnAnEmulatorWithoutAdminKey_IsRefused()
    {
        await using var cli = await CliRun.StartAsync();

        (await cli.RunWithoutKeyAsync("reset", "--all", "--admin-key", "any")).ShouldFail(1, "403 AdminKeyNotConfigured");
    }

    [Test]
    public async Task AnUnreachableEmulator_ExitsNonZero()
    {
        var root = new RootCommand();
        ControlCommands.AddTo(root, ControlCommands.ConnectOverNetwork);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await root.Parse(["clock", "--url", "http://127.0.0.1:1", "--key", "k"])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

        exit.Should().Be(1);
        error.ToString().Should().Contain("cannot reach the emulator at http://127.0.0.1:1/");
    }
}
