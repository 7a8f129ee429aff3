using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.OfficialClients;

/// <summary>
/// Runs the official JavaScript client (<c>@azure-rest/ai-vision-face</c>, contract-tests/js) against the
/// emulator over real loopback HTTP: one test per JS suite, each with its own key and so its own tenant,
/// and one that runs both in a single tenant, as the container stage does.
/// </summary>
public sealed class JsClientTests
{
    private static readonly TimeSpan s_runTimeout = TimeSpan.FromSeconds(120);

    private EmulatorFactory _factory = null!;
    private string _jsDirectory = null!;
    private string _endpoint = null!;

    [OneTimeSetUp]
    public void StartEmulator()
    {
        _jsDirectory = Path.Combine(RepositoryRoot.Find(), "contract-tests", "js");
        RequirePrerequisite(
            Directory.Exists(Path.Combine(_jsDirectory, "node_modules")),
            $"contract-tests/js/node_modules is missing: run npm ci in {_jsDirectory}");
        RequirePrerequisite(NodeTestRun.IsNodeOnPath(), "node is not on PATH: install Node.js 20+ and run npm ci in contract-tests/js");

        // The JS client needs a real socket, not TestServer; port 0 lets Kestrel pick a free one.
        _factory = new EmulatorFactory();
        _endpoint = _factory.StartOnLoopback();
        TestContext.Progress.WriteLine($"Emulator for the JS client listens on {_endpoint}");
    }

    [OneTimeTearDown]
    public async Task StopEmulator()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    [Test]
    public Task Beta1_SingleModalSessions_PassAgainstEmulator() => RunSuiteAsync("beta1.test.mjs", "key-js-beta1");

    [Test]
    public Task Beta3_V12Sessions_PassAgainstEmulator() => RunSuiteAsync("beta3.test.mjs", "key-js-beta3");

    /// <summary>
    /// Both suites at once in one tenant, the way the container stage runs them (<c>node --test</c> with one
    /// FACE_KEY): they must not trip over each other's faults, clock moves or sessions.
    /// </summary>
    [Test]
    public Task BothSuites_InOneTenant_PassTogether() => RunSuiteAsync(null, "key-js-both");

    private async Task RunSuiteAsync(string? testFile, string key)
    {
        var environment = new Dictionary<string, string> { ["FACE_ENDPOINT"] = _endpoint, ["FACE_KEY"] = key };

        var run = await NodeTestRun.StartAsync(_jsDirectory, testFile, environment, s_runTimeout);

        TestContext.Out.WriteLine(run.Output);
        Assert.That(run.TimedOut, Is.False, $"node --test {testFile} ran over {s_runTimeout}:\n{run.Output}");
        Assert.That(run.ExitCode, Is.EqualTo(0), $"node --test {testFile} failed:\n{run.Output}");
    }

    // A developer without Node gets a skipped test; CI must not silently skip the official-client check.
    private static void RequirePrerequisite(bool met, string message)
    {
        if (met)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message);
        }

        Assert.Ignore(message);
    }
}
