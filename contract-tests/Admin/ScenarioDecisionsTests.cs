using System.Net;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Admin;

/// <summary>The scenario file's <c>rules</c> and <c>scripts</c>, through the committed example file.</summary>
public sealed class ScenarioDecisionsTests()
    : OwnEmulatorFixture(new Dictionary<string, string?> { ["Emulator:ScenarioFile"] = ExampleFile }, perTest: true)
{
    private static readonly string ExampleFile = Path.Combine(RepositoryRoot.Find(), "fixtures", "scenarios", "example.json");

    private static async Task<string> CreateAsync(HttpClient client, string device, string mode = "Passive")
    {
        var response = await client.PostFaceRawJsonAsync(AdminHttp.CreatePath,
            $$"""{"livenessOperationMode":"{{mode}}","deviceCorrelationId":"{{device}}"}""");
        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        return response.Text("sessionId");
    }

    private static async Task<string> AttemptAsync(HttpClient client, string sessionId)
    {
        var response = await client.AdminAttemptAsync(sessionId);
        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        return response.Json!["result"]?["livenessDecision"]?.GetValue<string>() ?? response.Text("error.code");
    }

    [Test]
    public async Task ExampleFile_SetsClockFaultsRulesAndScripts()
    {
        using var qa = Client("qa-key");

        (await qa.GetFaceAsync("/__admin/clock")).ClockNow().Should().Be(new DateTimeOffset(2025, 5, 5, 10, 0, 0, TimeSpan.Zero));
        (await qa.GetFaceAsync("/__admin/faults")).Json!["faults"]!.AsArray().Should().HaveCount(2);
        (await qa.PostSessionAsync()).ShouldBeError(HttpStatusCode.TooManyRequests, "429");

        // Defaults' rules come first, then the tenant's own, numbered in that order.
        var rules = (await qa.GetFaceAsync("/__admin/rules")).Json!.AsArray();
        rules.Select(r => r!["outcome"]!["scenario"]!.GetValue<string>()).Should().Equal("screen-replay", "verify-mismatch");
        rules.Select(r => r!["id"]!.GetValue<string>()).Should().Equal("1", "2");

        var phone = await CreateAsync(qa, "qa-phone-1");
        (await qa.GetFaceAsync($"/__admin/sessions/{phone}/script")).Json!["remaining"]!.AsArray().Should().HaveCount(2);
        (await AttemptAsync(qa, phone)).Should().Be("spoofface");
        (await AttemptAsync(qa, phone)).Should().Be("realface");

        // The template has no session limit: a second session of the same device gets its own copy.
        var phoneAgain = await CreateAsync(qa, "qa-phone-1");
        (await AttemptAsync(qa, phoneAgain)).Should().Be("spoofface");

        (await AttemptAsync(qa, await CreateAsync(qa, "spoofer-phone"))).Should().Be("spoofface");
    }

    [Test]
    public async Task ScriptWithSessionLimit_BindsOnlyToTheFirstMatchingSessionAttempted()
    {
        using var qa = Client("qa-key");
        await qa.PostSessionAsync(); // uses up the 429 fault
        var first = await CreateAsync(qa, "device-a", "PassiveActive");
        var second = await CreateAsync(qa, "device-b", "PassiveActive");

        // Bound when first attempted, not when created: the second session is attempted first.
        (await AttemptAsync(qa, second)).Should().Be("uncertain");
        (await AttemptAsync(qa, first)).Should().Be("realface");
        (await AttemptAsync(qa, second)).Should().Be("FaceWithMaskDetected");
        (await qa.GetFaceAsync($"/__admin/sessions/{first}/script")).Json!["remaining"]!.AsArray().Should().BeEmpty();
    }

    [Test]
    public async Task AdminScript_OverridesTheTemplate_AndDeletingItDoesNotRebind()
    {
        using var qa = Client("qa-key");
        await qa.PostSessionAsync();
        var replaced = await CreateAsync(qa, "qa-phone-1");
        var cleared = await CreateAsync(qa, "qa-phone-1");

        await qa.AdminRawAsync(HttpMethod.Put, $"/__admin/sessions/{replaced}/script", """["3d-mask"]""");
        (await qa.AdminRawAsync(HttpMethod.Delete, $"/__admin/sessions/{cleared}/script")).Status.Should().Be(HttpStatusCode.NoContent);

        (await AttemptAsync(qa, replaced)).Should().Be("spoofface");
        (await AttemptAsync(qa, replaced)).Should().Be("realface");
        (await AttemptAsync(qa, cleared)).Should().Be("realface");
    }

    [Test]
    public async Task DeviceSetCorrelationId_CountsForTheScriptMatch()
    {
        using var qa = Client("qa-key");
        await qa.PostSessionAsync();
        var create = await qa.PostFaceRawJsonAsync(AdminHttp.CreatePath, """{"livenessOperationMode":"Passive","deviceCorrelationIdSetInClient":true}""");
        var token = create.Text("authToken");

        (await qa.StartAsync("v1.2", token, new { deviceCorrelationId = "qa-phone-1" })).Status.Should().Be(HttpStatusCode.NoContent);
        (await qa.DetectAsync("v1.2", token)).Status.Should().Be(HttpStatusCode.NoContent);

        var session = await qa.GetSessionAsync("v1.2", create.Text("sessionId"));
        session.Text("results.attempts.0.result.livenessDecision").Should().Be("spoofface");
    }

    [Test]
    public async Task OtherTenant_GetsOnlyTheDefaults()
    {
        using var ci = Client("ci-key");

        (await ci.GetFaceAsync("/__admin/rules")).Json!.AsArray().Should().ContainSingle();
        (await AttemptAsync(ci, await CreateAsync(ci, "qa-phone-1"))).Should().Be("realface");
        (await AttemptAsync(ci, await CreateAsync(ci, "spoofer-phone"))).Should().Be("spoofface");
    }

    [Test]
    public async Task Reset_RestoresRulesAndUnusedScripts()
    {
        using var qa = Client("qa-key");
        await qa.AdminRawAsync(HttpMethod.Delete, "/__admin/rules");
        await qa.PostSessionAsync();
        (await AttemptAsync(qa, await CreateAsync(qa, "device-a", "PassiveActive"))).Should().Be("uncertain");

        await qa.ResetAsync();

        (await qa.GetFaceAsync("/__admin/rules")).Json!.AsArray().Should().HaveCount(2);
        await qa.PostSessionAsync();
        (await AttemptAsync(qa, await CreateAsync(qa, "device-c", "PassiveActive"))).Should().Be("uncertain");
    }
}
