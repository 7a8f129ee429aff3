using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Fidelity;

/// <summary>
/// The REST commands of Microsoft's liveness tutorial (fixtures/tutorial/), run as written by bash and curl
/// against an emulator on loopback in its default configuration: what a newcomer copies first must work.
/// </summary>
[NonParallelizable]
public sealed class SeedTutorialTests
{
    private static readonly TimeSpan s_commandTimeout = TimeSpan.FromSeconds(30);

    private EmulatorFactory _factory = null!;
    private string _endpoint = null!;
    private string _workDirectory = null!;

    [OneTimeSetUp]
    public void Start()
    {
        if (!File.Exists("/usr/bin/curl") && !File.Exists("/bin/curl"))
        {
            Assert.Ignore("curl is not installed (apt-get install curl); CI installs it.");
        }

        _factory = new EmulatorFactory(new Dictionary<string, string?> { ["Emulator:Deterministic"] = "false" });
        _endpoint = _factory.StartOnLoopback().TrimEnd('/');
        _workDirectory = Directory.CreateTempSubdirectory("faceemu-tutorial-").FullName;
        File.Copy(Path.Combine(RepositoryRoot.Find(), "fixtures", "images", "valid.png"), Path.Combine(_workDirectory, "test.png"));
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        Directory.Delete(_workDirectory, recursive: true);
        await _factory.DisposeAsync();
    }

    [Test]
    public async Task V11Preview1Tutorial_RunsVerbatim()
    {
        var commands = ReadCommands("liveness-v1.1-preview.1.sh");
        commands.Should().HaveCount(6);

        var (status, body) = await RunAsync(commands[0], sessionId: null);
        status.Should().Be(HttpStatusCode.OK, body);
        var created = JsonNode.Parse(body)!.AsObject();
        created.Select(p => p.Key).Should().Equal("sessionId", "authToken");
        var sessionId = created["sessionId"]!.GetValue<string>();

        (status, body) = await RunAsync(commands[1], sessionId);
        status.Should().Be(HttpStatusCode.OK, body);
        JsonNode.Parse(body)!["status"]!.GetValue<string>().Should().Be("NotStarted");
        JsonNode.Parse(body)!["deviceCorrelationId"]!.GetValue<string>().Should().Be("723d6d03-ef33-40a8-9682-23a1feb7bccd");

        (status, body) = await RunAsync(commands[2], sessionId);
        status.Should().Be(HttpStatusCode.OK, body);
        body.Should().BeEmpty();

        (status, body) = await RunAsync(commands[3], sessionId: null);
        status.Should().Be(HttpStatusCode.OK, body);
        var verify = JsonNode.Parse(body)!;
        verify["verifyImage"]!["qualityForRecognition"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        sessionId = verify["sessionId"]!.GetValue<string>();

        (status, body) = await RunAsync(commands[4], sessionId);
        status.Should().Be(HttpStatusCode.OK, body);
        JsonNode.Parse(body)!["id"]!.GetValue<string>().Should().Be(sessionId);

        (status, body) = await RunAsync(commands[5], sessionId);
        status.Should().Be(HttpStatusCode.OK, body);

        (status, body) = await RunAsync(commands[4], sessionId);
        status.Should().Be(HttpStatusCode.NotFound, body);
        JsonNode.Parse(body)!["error"]!["code"]!.GetValue<string>().Should().Be("SessionNotFound");
    }

    /// <summary>The file's commands: comment lines dropped, commands separated by blank lines.</summary>
    private static List<string> ReadCommands(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "fixtures", "tutorial", file));
        var lines = text.Split('\n').Where(l => !l.StartsWith('#'));
        return [.. string.Join('\n', lines).Split("\n\n").Select(c => c.Trim()).Where(c => c.Length > 0)];
    }

    /// <summary>Runs one command as written; only curl's output options are added, which do not change the request.</summary>
    private async Task<(HttpStatusCode Status, string Body)> RunAsync(string command, string? sessionId)
    {
        var script = (sessionId is null ? command : command.Replace("<session-id>", sessionId, StringComparison.Ordinal))
            + " --silent --show-error --write-out '\\n%{http_code}'";
        var startInfo = new ProcessStartInfo("bash", ["-c", script])
        {
            WorkingDirectory = _workDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.Environment["FACE_ENDPOINT"] = _endpoint;
        startInfo.Environment["FACE_APIKEY"] = "key-seed-tutorial";

        using var process = Process.Start(startInfo)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(s_commandTimeout);
        await process.WaitForExitAsync(cts.Token);
        var output = await stdout;
        process.ExitCode.Should().Be(0, $"{script}\n{await stderr}");

        var lastLine = output.LastIndexOf('\n');
        return ((HttpStatusCode)int.Parse(output[(lastLine + 1)..], System.Globalization.CultureInfo.InvariantCulture), output[..Math.Max(lastLine, 0)]);
    }
}
