using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.QaScenarios;

/// <summary>
/// README's "QA scenarios" run as written, against an emulator in its default configuration (not the
/// deterministic one the other tests use), as after <c>dotnet run --project emulator</c>.
/// </summary>
public sealed class QaScenarioTests() : OwnEmulatorFixture(new Dictionary<string, string?> { ["Emulator:Deterministic"] = "false" })
{
    private static readonly string Root = RepositoryRoot.Find();
    private static readonly IReadOnlyList<Walkthrough> Walkthroughs = Walkthrough.ReadAll(File.ReadAllText(Path.Combine(Root, "README.md")));

    private HttpClient _client = null!;

    // Runs after the base class has started the emulator.
    [OneTimeSetUp]
    public void CreateClient() => _client = AnonymousClient();

    [OneTimeTearDown]
    public void DisposeClient() => _client.Dispose();

    public static IEnumerable<TestCaseData> Titles() =>
        Walkthroughs.Select(w => new TestCaseData(w.Title).SetArgDisplayNames(w.Title.Split('.')[0]));

    [TestCaseSource(nameof(Titles))]
    public async Task Walkthrough_RunsAsWritten(string title)
    {
        var runner = new WalkthroughRunner(_client, Root);

        var requests = await runner.RunAsync(Walkthroughs.Single(w => w.Title == title));

        requests.Should().BeGreaterThan(3);
    }

    [Test]
    public void Readme_HasTheThreeWalkthroughsOfIssue4()
    {
        Walkthroughs.Select(w => w.Title).Should().Equal(
            "1. A spoof, then a real face",
            "2. A token that expires mid-flow",
            "3. Throttling, then recovery");
    }

    [Test]
    public void EveryQaBodyFile_IsUsedByTheReadme()
    {
        var commands = string.Join('\n', Walkthroughs.SelectMany(w => w.Lines).OfType<Request>().Select(r => r.Text));

        foreach (var file in Directory.GetFiles(Path.Combine(Root, "fixtures", "scenarios", "qa")))
        {
            commands.Should().Contain($"@fixtures/scenarios/qa/{Path.GetFileName(file)}");
        }
    }

    [TestCase("# → 418", "README line")]
    [TestCase("# → 200  .status=Nope", ".status")]
    [TestCase("# → 200  Retry-After=1", "Retry-After")]
    public async Task Runner_FailsOnAWrongExpectation(string expectation, string mentioned)
    {
        var readme = $"""
            ## QA scenarios

            ```bash
            E=http://localhost:5080
            ```

            ### Self-test

            ```bash
            K='Ocp-Apim-Subscription-Key: qa-runner-self-test'
            curl -s -o /tmp/x.json -H "$K" -H 'Content-Type: application/json' -d @fixtures/scenarios/qa/liveness-session.json $E/face/v1.2/detectLiveness-sessions
            {expectation}
            ```
            """;
        var runner = new WalkthroughRunner(_client, Root);

        var run = () => runner.RunAsync(Walkthrough.ReadAll(readme).Single());

        (await run.Should().ThrowAsync<AssertionException>()).Which.Message.Should().Contain(mentioned);
    }

    [TestCase("curl -s $E/health | jq .")]
    [TestCase("curl -s --retry 3 $E/health")]
    [TestCase("sleep 1")]
    [TestCase("curl -s $E/health")]
    public void Parser_RefusesWhatItCannotRun(string line)
    {
        var readme = $"""
            ## QA scenarios

            ### Refused

            ```bash
            E=http://localhost:5080
            {line}
            ```
            """;

        var run = () => new WalkthroughRunner(_client, Root).RunAsync(Walkthrough.ReadAll(readme).Single()).GetAwaiter().GetResult();

        run.Should().Throw<AssertionException>();
    }
}
