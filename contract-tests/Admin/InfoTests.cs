using System.Net;
using System.Text.Json.Nodes;
using FaceEmulator.Admin.Info;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Admin;

/// <summary><c>GET /__admin/info</c>: what tools show about the emulator, and README's differences list as data.</summary>
public sealed class InfoTests
{
    private static readonly string[] Versions = ["v1.1-preview.1", "v1.2-preview.1", "v1.2", "v1.3-preview.1"];

    [Test]
    public async Task Info_WithoutKey_NamesVersionOperationsStoreAndLimits()
    {
        using var client = Emulator.AnonymousClient();

        var response = await client.GetFaceAsync("/__admin/info");

        response.Status.Should().Be(HttpStatusCode.OK);
        var info = response.Json!;
        info["name"]!.GetValue<string>().Should().Be("FaceEmulator");
        info["version"]!.GetValue<string>().Should().MatchRegex(@"^\d+\.\d+\.\d+");
        info["apiVersions"]!.AsArray().Select(v => v!["name"]!.GetValue<string>()).Should().Equal(Versions);
        info["store"]!["kind"]!.GetValue<string>().Should().Be("in-memory");
        info["store"]!["journalCapacity"]!.GetValue<int>().Should().BePositive();
        info["limits"]!["maxTenants"]!.GetValue<int>().Should().BePositive();
        info["limits"]!["maxRequestBodyBytes"]!.GetValue<long>().Should().BePositive();
    }

    [Test]
    public async Task Info_ListsEachVersionsOperationsWithMethodPathAndAuth()
    {
        using var client = Emulator.AnonymousClient();

        var info = (await client.GetFaceAsync("/__admin/info")).Json!;

        var v12 = Operations(info, "v1.2");
        v12.Should().Contain(new Op("CreateLivenessSession", "POST", "/face/v1.2/detectLiveness-sessions", "key"));
        v12.Should().Contain(new Op("DeleteLivenessSession", "DELETE", "/face/v1.2/detectLiveness-sessions/{sessionId}", "key"));
        v12.Should().Contain(o => o.Auth == "sessionToken", "device-side calls are served too");
        v12.Should().NotContain(o => o.Name == "GetSettings", "settings exist only in v1.3-preview.1");
        Operations(info, "v1.3-preview.1").Should().Contain(o => o.Name == "GetSettings" && o.Method == "GET");
        Operations(info, "v1.1-preview.1").Should().Contain(o => o.Path == "/face/v1.1-preview.1/detectLiveness/singleModal/sessions" && o.Method == "GET");
    }

    [Test]
    public async Task Info_StoreCountsTheTenantsAndSessionsHeld()
    {
        using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "key-info");

        (await client.PostFaceJsonAsync("/face/v1.2/detectLiveness-sessions", new { livenessOperationMode = "Passive", deviceCorrelationId = "d" }))
            .Status.Should().Be(HttpStatusCode.OK);
        var store = (await client.GetFaceAsync("/__admin/info")).Json!["store"]!;

        store["tenants"]!.GetValue<int>().Should().Be(1);
        store["sessions"]!.GetValue<int>().Should().Be(1);
    }

    /// <summary>The served list is README's section, bullet for bullet, so the two cannot drift.</summary>
    [Test]
    public async Task DifferencesFromAzure_AreReadmesBulletsThenTheDocs()
    {
        var readme = File.ReadAllLines(Path.Combine(RepositoryRoot.Find(), "README.md"));
        var section = readme.SkipWhile(l => l != "## Differences from Azure").Skip(1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal));
        var firstLines = section.Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..].Trim()).ToList();
        using var client = Emulator.AnonymousClient();

        var served = (await client.GetFaceAsync("/__admin/info")).Json!["differencesFromAzure"]!.AsArray();

        var fromReadme = served.Where(d => d!["source"]!.GetValue<string>() == "README.md").Select(d => d!["text"]!.GetValue<string>()).ToList();
        firstLines.Should().NotBeEmpty();
        fromReadme.Should().HaveSameCount(firstLines);
        fromReadme.Zip(firstLines).Should().OnlyContain(pair => pair.First.StartsWith(pair.Second, StringComparison.Ordinal));
        var docsWithDifferences = Directory.GetFiles(Path.Combine(RepositoryRoot.Find(), "docs"), "*.md")
            .Where(f => File.ReadAllLines(f).Contains("## Differences from Azure"))
            .Select(f => "docs/" + Path.GetFileName(f)).Order(StringComparer.Ordinal);
        served.Select(d => d!["source"]!.GetValue<string>()).Distinct().Should().Equal(["README.md", .. docsWithDifferences]);
        served.Should().Contain(d => d!["title"] != null && d!["title"]!.GetValue<string>() == "Errors");
    }

    [Test]
    public void Parse_JoinsWrappedLinesAndTakesTheBoldLeadAsTitle()
    {
        const string Markdown = "# X\n\n## Differences from Azure\n\nIntro line.\n\n- **Errors.** One\n  two.\n* Plain bullet.\n\n## Next\n- not a difference\n";

        var items = AzureDifferences.Parse("README.md", Markdown);

        items.Should().Equal(
            new AzureDifference("README.md", "Errors", "**Errors.** One two."),
            new AzureDifference("README.md", null, "Plain bullet."));
    }

    private static List<Op> Operations(JsonNode info, string version) =>
    [
        .. info["apiVersions"]!.AsArray().Single(v => v!["name"]!.GetValue<string>() == version)!["operations"]!.AsArray()
            .Select(o => new Op(o!["name"]!.GetValue<string>(), o["method"]!.GetValue<string>(), o["path"]!.GetValue<string>(), o["auth"]!.GetValue<string>())),
    ];

    private sealed record Op(string Name, string Method, string Path, string Auth);
}
