using System.Net;
using FaceEmulator.ContractTests.Infrastructure;
using Newtonsoft.Json.Linq;
using Snapshooter.NUnit;

namespace FaceEmulator.ContractTests.Snapshots;

/// <summary>
/// Every success body, snapshotted in deterministic mode (frozen clock, sequential ids, one fresh tenant
/// per test). Tokens are replaced by <c>&lt;jwt&gt;</c> after a shape check: ECDSA signatures differ on every signing.
/// </summary>
[Deterministic]
public sealed class SuccessBodySnapshotTests
{
    private static readonly string[] ClassicKinds = ["detectLiveness", "detectLivenessWithVerify"];

    [TestCaseSource(nameof(ClassicCases))]
    public async Task ClassicLifecycle(string version, string kind)
    {
        using var client = Emulator.Client($"snapshot-{version}-{kind}");
        var sessions = $"/face/{version}/{kind}/singleModal/sessions";
        var created = await client.PostFaceJsonAsync(sessions, TestVersions.CreateBody(version));
        var id = created.Json!["sessionId"]!.GetValue<string>();

        var bodies = new JObject
        {
            ["create"] = Parse(created),
            ["get"] = Parse(await client.GetFaceAsync($"{sessions}/{id}")),
            ["list"] = Parse(await client.GetFaceAsync(sessions)),
            ["audit"] = Parse(await client.GetFaceAsync($"{sessions}/{id}/audit")),
        };

        Snapshot.Match(bodies);
    }

    [TestCaseSource(typeof(TestVersions), nameof(TestVersions.Classic))]
    public async Task ClassicCreateWithVerifyImage(string version)
    {
        using var client = Emulator.Client($"snapshot-image-{version}");
        var parameters = System.Text.Json.JsonSerializer.Serialize(TestVersions.CreateBody(version));
        var content = FaceHttp.Multipart(new Dictionary<string, string> { ["Parameters"] = parameters }, TestImages.Portrait, "VerifyImage", "VerifyImage");

        var created = await client.SendFaceAsync(HttpMethod.Post, $"/face/{version}/detectLivenessWithVerify/singleModal/sessions", content);

        Snapshot.Match(Parse(created));
    }

    [TestCaseSource(typeof(TestVersions), nameof(TestVersions.Attempts))]
    public async Task AttemptsLifecycle(string version)
    {
        using var client = Emulator.Client($"snapshot-{version}");
        var created = await client.PostFaceJsonAsync($"/face/{version}/detectLiveness-sessions", TestVersions.CreateBody(version));
        var id = created.Json!["sessionId"]!.GetValue<string>();
        var verify = await client.SendFaceAsync(HttpMethod.Post, $"/face/{version}/detectLivenessWithVerify-sessions", FaceHttp.Multipart(TestVersions.CreateFields(version), TestImages.Portrait));
        var verifyId = verify.Json!["sessionId"]!.GetValue<string>();

        var bodies = new JObject
        {
            ["create"] = Parse(created),
            ["get"] = Parse(await client.GetFaceAsync($"/face/{version}/detectLiveness-sessions/{id}")),
            ["createWithVerify"] = Parse(verify),
            ["getWithVerify"] = Parse(await client.GetFaceAsync($"/face/{version}/detectLivenessWithVerify-sessions/{verifyId}")),
        };

        Snapshot.Match(bodies);
    }

    [Test]
    [Deterministic(DependsOnKey = true)]
    public async Task V13Settings()
    {
        using var client = Emulator.Client("snapshot-settings");

        var bodies = new JObject
        {
            ["get"] = Parse(await client.GetFaceAsync("/face/v1.3-preview.1/settings")),
            ["clientAssets"] = Parse(await client.GetFaceAsync("/face/v1.3-preview.1/settings/getClientAssetsAccessToken")),
        };

        Snapshot.Match(bodies);
    }

    private static IEnumerable<object[]> ClassicCases() =>
        TestVersions.Classic.SelectMany(v => ClassicKinds.Select(k => new object[] { v, k }));

    private static JToken Parse(FaceResponse response)
    {
        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        // Keep dates as the strings on the wire, not re-formatted DateTime values.
        using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(response.Body)) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None };
        var json = JToken.ReadFrom(reader);
        foreach (var token in json.SelectTokens("$..authToken").OfType<JValue>().Where(t => t.Value is string { Length: > 0 }))
        {
            ((string)token.Value!).Split('.').Should().HaveCount(3, "the auth token is a JWT");
            token.Value = "<jwt>";
        }

        return json;
    }
}
