using System.Net;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Admin;

public sealed class ScenarioFileTests
{
    private readonly List<string> _files = [];

    [TearDown]
    public void DeleteFiles() => _files.ForEach(File.Delete);

    private string Write(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"face-scenario-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        _files.Add(path);
        return path;
    }

    private static EmulatorFactory Factory(string path) =>
        new(new Dictionary<string, string?> { ["Emulator:ScenarioFile"] = path });

    private static HttpClient Client(EmulatorFactory factory, string key)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", key);
        return client;
    }

    private const string Scenario = """
        {
          // Comments are allowed.
          "$schema": "./scenario.schema.json",
          "keys": ["key-qa", "key-ci"],
          "defaults": {
            "faults": [{ "operation": "GetLivenessSessionResult", "latencyMs": 1 }]
          },
          "tenants": {
            "key-qa": {
              "clock": { "set": "2025-05-05T10:00:00Z", "freeze": true },
              "faults": [{ "operation": "CreateLivenessSession", "status": 429, "count": 1 }],
              "rules": [],
              "scripts": []
            }
          }
        }
        """;

    [Test]
    public async Task Scenario_SetsClocksFaultsAndKeys()
    {
        await using var factory = Factory(Write(Scenario));
        using var qa = Client(factory, "key-qa");
        using var ci = Client(factory, "key-ci");
        using var stranger = Client(factory, "key-stranger");

        (await qa.GetFaceAsync("/__admin/clock")).ClockNow().Should().Be(new DateTimeOffset(2025, 5, 5, 10, 0, 0, TimeSpan.Zero));
        (await qa.GetFaceAsync("/__admin/faults")).Json!["faults"]!.AsArray().Should().HaveCount(2);
        (await qa.PostSessionAsync()).ShouldBeError(HttpStatusCode.TooManyRequests, "429");
        (await qa.PostSessionAsync()).Status.Should().Be(HttpStatusCode.OK);

        (await ci.GetFaceAsync("/__admin/clock")).ClockNow().Should().Be(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
        (await ci.GetFaceAsync("/__admin/faults")).Json!["faults"]!.AsArray().Single()!["operation"]!.GetValue<string>()
            .Should().Be("GetLivenessSessionResult");

        (await stranger.PostSessionAsync()).ShouldBeError(HttpStatusCode.Unauthorized, "Unspecified");
    }

    [Test]
    public async Task Reset_RestoresTheScenarioState()
    {
        await using var factory = Factory(Write(Scenario));
        using var qa = Client(factory, "key-qa");
        await qa.PostAdminAsync("/__admin/clock", """{"advance":"PT1H"}""");
        await qa.DeleteFaceAsync("/__admin/faults");

        await qa.ResetAsync();

        (await qa.GetFaceAsync("/__admin/clock")).ClockNow().Should().Be(new DateTimeOffset(2025, 5, 5, 10, 0, 0, TimeSpan.Zero));
        (await qa.GetFaceAsync("/__admin/faults")).Json!["faults"]!.AsArray().Should().HaveCount(2);
    }

    [TestCase("""{"tenants": {"k": {"clock": {"advance": "eleven minutes"}}}}""", "tenants.k.clock")]
    [TestCase("""{"defaults": {"faults": [{"operation": "Nope", "status": 500}]}}""", "defaults.faults[0]")]
    [TestCase("""{"keys": ["a"], "tenants": {"b": {}}}""", "tenant 'b' is not listed in 'keys'")]
    [TestCase("""{"tenants": {"k": {"clock": {"set": "2024-01-01T00:00:00Z"}, "colour": "red"}}}""", "colour")]
    [TestCase("""{"defaults": {"rules": [{"outcome": "real-face", "colour": "red"}]}}""", "defaults.rules[0]: Invalid rule: unknown member 'colour'")]
    [TestCase("""{"defaults": {"rules": [{"match": {"deviceId": "x"}, "outcome": "real-face"}]}}""", "defaults.rules[0]: Invalid rule: unknown member 'deviceId'")]
    [TestCase("""{"tenants": {"k": {"rules": [{"outcome": "no-such-scenario"}]}}}""", "tenants.k.rules[0]: Unknown scenario 'no-such-scenario'")]
    [TestCase("""{"tenants": {"k": {"rules": [{"outcome": "real-face", "times": 0}]}}}""", "tenants.k.rules[0]: Invalid rule: 'times' must be a positive integer")]
    [TestCase("""{"tenants": {"k": {"rules": [{"outcome": {"scenario": "real-face", "decsion": "spoofface"}}]}}}""", "tenants.k.rules[0]: Invalid outcome: unknown member 'decsion'")]
    [TestCase("""{"defaults": {"scripts": [{"outcomes": []}]}}""", "defaults.scripts[0]: Invalid script")]
    [TestCase("""{"defaults": {"scripts": [{"outcomes": ["real-face", "nope"]}]}}""", "defaults.scripts[0]: Unknown scenario 'nope'")]
    [TestCase("""{"defaults": {"scripts": [{"outcomes": ["real-face"], "sessions": -1}]}}""", "defaults.scripts[0]: Invalid script: 'sessions' must be a positive integer")]
    [TestCase("""{"defaults": {"scripts": [{"session": "abc", "outcomes": ["real-face"]}]}}""", "defaults.scripts[0]: Invalid script: unknown member 'session'")]
    [TestCase("""{"defaults": {"scripts": [{"outcomes": ["real-face"], "outcomes": ["real-face"]}]}}""", "defaults.scripts[0]")]
    [TestCase("""{"defaults": {"rules": {"outcome": "real-face"}}}""", "at $.defaults.rules")]
    [TestCase("""{"rules": []}""", "Put 'rules' under 'defaults' or under a tenant")]
    [TestCase("""{"defaults": """, "not valid scenario JSON")]
    [TestCase("""[]""", "not valid scenario JSON")]
    public void BrokenFile_FailsStartUp_NamingTheProblem(string json, string expected)
    {
        var path = Write(json);
        using var factory = Factory(path);

        var start = () => factory.CreateClient();

        start.Should().Throw<InvalidOperationException>()
            .Where(e => e.Message.Contains(path, StringComparison.Ordinal) && e.Message.Contains(expected, StringComparison.Ordinal));
    }

    [TestCase("defaults", 101, 0, "defaults hold more than 100 rules")]
    [TestCase("tenant", 60, 41, "defaults and tenants.k hold more than 100 rules")]
    public void TooManyRules_FailStartUp(string where, int defaults, int own, string expected)
    {
        static string Rules(int n) => string.Join(",", Enumerable.Repeat("""{"outcome":"real-face"}""", n));
        using var factory = Factory(Write("{\"defaults\":{\"rules\":[" + Rules(defaults) + "]},\"tenants\":{\"k\":{\"rules\":[" + Rules(own) + "]}}}"));

        var start = () => factory.CreateClient();

        start.Should().Throw<InvalidOperationException>().Where(e => e.Message.Contains(expected, StringComparison.Ordinal), where);
    }

    [Test]
    public void TooManyFaults_FailStartUp()
    {
        var faults = string.Join(",", Enumerable.Repeat("""{"operation":"*","status":503,"probability":0}""", 101));
        using var factory = Factory(Write("{\"tenants\":{\"k\":{\"faults\":[" + faults + "]}}}"));

        var start = () => factory.CreateClient();

        start.Should().Throw<InvalidOperationException>()
            .Where(e => e.Message.Contains("defaults and tenants.k hold more than 100 faults", StringComparison.Ordinal));
    }

    [Test]
    public void MissingFile_FailsStartUp()
    {
        var path = Path.Combine(Path.GetTempPath(), $"face-scenario-missing-{Guid.NewGuid():N}.json");
        using var factory = Factory(path);

        var start = () => factory.CreateClient();

        start.Should().Throw<InvalidOperationException>().Where(e => e.Message.Contains("cannot be read", StringComparison.Ordinal));
    }
}
