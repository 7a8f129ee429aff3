using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FaceEmulator.Client.Aspire;
using FaceEmulator.Testing;

namespace Testcontainers.FaceEmulator.Tests;

/// <summary>README "Testcontainers": the lines between the markers are the README's code block (ReadmeSyncTests checks).</summary>
[Category("Container")]
public sealed class ReadmeExampleTests
{
    [Test]
    public async Task ReadmeExample_StartsCreatesGetsThroughTheConnectionString_DrivesTheAdminClient_AndIsGoneAfterDispose()
    {
        ContainerRuntime.Require();

        var containerId = await RunReadmeExampleAsync();

        (await ContainerRuntime.ExistsAsync(containerId)).Should().BeFalse("disposing removes the container (Ryuk is off)");
    }

    private static async Task<string> RunReadmeExampleAsync()
    {
        // README:testcontainers:begin
        await using var face = new FaceEmulatorBuilder("localhost/faceemu:dev")   // the image tools/container/build-image tags
            .WithDeterministic()
            .Build();
        await face.StartAsync();                                   // waits for GET /health → 200

        // What your app receives, e.g. as ConnectionStrings:face: "Endpoint=http://127.0.0.1:PORT/;Key=…"
        var connection = FaceConnection.Parse(face.GetConnectionString());
        using var http = connection.CreateHttpClient();            // base address + Ocp-Apim-Subscription-Key

        var created = await http.PostAsJsonAsync("face/v1.2/detectLiveness-sessions",
            new { livenessOperationMode = "Passive", deviceCorrelationId = "device-1" });
        var sessionId = (await created.Content.ReadFromJsonAsync<JsonObject>())!["sessionId"]!.GetValue<string>();
        var session = await http.GetFromJsonAsync<JsonObject>($"face/v1.2/detectLiveness-sessions/{sessionId}");

        await face.Admin.Sessions.ScriptAsync(sessionId, Scenario.ScreenReplay);    // the typed admin client
        var attempt = await face.Admin.Sessions.AttemptAsync(sessionId);            // → SpoofFace
        await face.Admin.Clock.AdvanceAsync(TimeSpan.FromHours(48));
        var requests = await face.Admin.Requests.ForSessionAsync(sessionId);
        await face.Admin.ResetAsync();
        // README:testcontainers:end

        created.StatusCode.Should().Be(HttpStatusCode.OK);
        created.Dispose();
        sessionId.Should().Be("00000000-0000-0000-0000-000000000001", "WithDeterministic() makes ids sequential");
        session!["status"]!.GetValue<string>().Should().Be("NotStarted");
        attempt.LivenessDecision.Should().Be(LivenessDecision.SpoofFace);
        requests.Select(r => r.Operation).Should().BeEquivalentTo("CreateLivenessSession", "GetLivenessSessionResult");
        (await face.Admin.Requests.ListAsync()).Should().BeEmpty("the reset cleared the tenant's journal");
        (await ContainerRuntime.ExistsAsync(face.Id)).Should().BeTrue();
        return face.Id;
    }
}
