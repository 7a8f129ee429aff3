using System.Text.Json;

namespace FaceEmulator.BrowserTests.Component;

/// <summary>The stand-in in automatic mode (the default): the tenant's scripts, rules and default decide.</summary>
public sealed class AutomaticModeTests : ComponentFixture
{
    [Test]
    public async Task RealFace_ResolvesAndTheAppServerReadsRealface()
    {
        await OpenComponentAsync();
        (await Page.EvaluateAsync<bool>("() => customElements.get('azure-ai-vision-face-ui') !== undefined")).Should().BeTrue();
        var (id, token) = await Face.CreateSessionAsync();

        var outcome = await RunCheckAsync(token);

        outcome.GetProperty("ok").GetBoolean().Should().BeTrue(outcome.ToString());
        outcome.GetProperty("result").GetProperty("livenessStatus").GetString().Should().Be("ResultQueryableFromService");
        (await Page.EvaluateAsync<bool>("() => document.querySelector('azure-ai-vision-face-ui').shadowRoot.querySelector('video') !== null"))
            .Should().BeTrue("the fake camera gives the preview a stream");
        var session = await Face.GetSessionAsync(id);
        session.GetProperty("status").GetString().Should().Be("Succeeded");
        LatestDecision(session).Should().Be("realface");
        var journal = await Face.AdminGetAsync($"__admin/requests?sessionId={id}");
        journal.GetProperty("requests").EnumerateArray().Select(r => r.GetProperty("operation").GetString())
            .Should().Contain(["StartLivenessSession", "DetectLiveness"]);
    }

    [Test]
    public async Task ScriptedSpoof_TheAppServerReadsSpoofface()
    {
        await OpenComponentAsync();
        var (id, token) = await Face.CreateSessionAsync();
        await Face.AdminAsync(HttpMethod.Put, $"__admin/sessions/{id}/script", new[] { "printed-photo" });

        var outcome = await RunCheckAsync(token);

        outcome.GetProperty("ok").GetBoolean().Should().BeTrue(outcome.ToString());
        LatestDecision(await Face.GetSessionAsync(id)).Should().Be("spoofface");
    }

    [Test]
    public async Task VerifyMismatch_TheAppServerReadsIsIdenticalFalse()
    {
        await OpenComponentAsync();
        var (id, token) = await Face.CreateSessionAsync(withVerify: true);
        await Face.AdminAsync(HttpMethod.Put, $"__admin/sessions/{id}/script", new[] { "verify-mismatch" });

        var outcome = await RunCheckAsync(token);

        outcome.GetProperty("ok").GetBoolean().Should().BeTrue(outcome.ToString());
        outcome.GetProperty("result").GetProperty("recognitionResult").GetProperty("status").GetString().Should().Be("ResultQueryableFromService");
        var result = (await Face.GetSessionAsync(id, withVerify: true)).GetProperty("results").GetProperty("attempts")[0].GetProperty("result");
        result.GetProperty("livenessDecision").GetString().Should().Be("realface");
        result.GetProperty("verifyResult").GetProperty("isIdentical").GetBoolean().Should().BeFalse();
    }

    [Test]
    public async Task AdminApiFromTheAppOrigin_IsRefusedByTheBrowser()
    {
        // The admin API answers no CORS, so a page on another origin cannot read it: proof the origins differ.
        await OpenComponentAsync();

        var read = await Page.EvaluateAsync<JsonElement>(
            "o => fetch(o + '/__admin/clock', { headers: { 'Ocp-Apim-Subscription-Key': 'x' } }).then(() => 'read', e => e.name)", Face.Origin);

        read.GetString().Should().Be("TypeError");
    }
}
