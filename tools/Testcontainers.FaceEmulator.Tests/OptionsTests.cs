using System.Net;
using System.Net.Http.Json;
using FaceEmulator.Client.Aspire;
using FaceEmulator.Testing;

namespace Testcontainers.FaceEmulator.Tests;

/// <summary>The builder's options reach the emulator inside the container.</summary>
[Category("Container")]
public sealed class OptionsTests
{
    private static readonly object CreateBody = new { livenessOperationMode = "Passive", deviceCorrelationId = "device-1" };

    [Test]
    public async Task KeysScenarioFileAndSettings_TakeEffectInTheContainer()
    {
        ContainerRuntime.Require();
        var scenario = Path.Combine(Path.GetTempPath(), $"faceemu-tc-{Guid.NewGuid():N}.json");
        // The file's tenant section freezes key-a's clock at a known instant: proof that it was copied and loaded.
        await File.WriteAllTextAsync(scenario,
            """{ "tenants": { "key-a": { "clock": { "set": "2025-05-05T10:00:00Z", "freeze": true } } } }""");
        try
        {
            await using var face = new FaceEmulatorBuilder(ContainerRuntime.Image)
                .WithKeys("key-a", "key-b")
                .WithScenarioFile(scenario)
                .WithSetting("Emulator:Response:Region", "East US")
                .Build();
            await face.StartAsync();

            face.Key.Should().Be("key-a");
            var connection = FaceConnection.Parse(face.GetConnectionString());
            connection.Should().Be(new FaceConnection(face.GetEndpoint(), "key-a"));
            using var http = connection.CreateHttpClient();
            using var created = await http.PostAsJsonAsync("face/v1.2/detectLiveness-sessions", CreateBody);
            created.StatusCode.Should().Be(HttpStatusCode.OK);
            created.Headers.GetValues("x-ms-region").Should().Equal("East US");

            (await face.Admin.Clock.GetAsync()).Should().Be(new ClockState(new DateTimeOffset(2025, 5, 5, 10, 0, 0, TimeSpan.Zero), Frozen: true));

            // The image says what it is (GET /__admin/info): the API versions, and the key's one session.
            var info = await face.Admin.GetInfoAsync();
            info.ApiVersions.Select(v => v.Name).Should().Equal("v1.1-preview.1", "v1.2-preview.1", "v1.2", "v1.3-preview.1");
            info.Store.Sessions.Should().Be(1);
            info.DifferencesFromAzure.Should().NotBeEmpty();

            using var other = face.CreateClient("key-b");
            using var accepted = await other.PostAsJsonAsync("face/v1.2/detectLiveness-sessions", CreateBody);
            accepted.StatusCode.Should().Be(HttpStatusCode.OK);
            using var stranger = face.CreateClient("key-not-listed");
            using var refused = await stranger.PostAsJsonAsync("face/v1.2/detectLiveness-sessions", CreateBody);
            refused.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            refused.Headers.GetValues("x-ms-error-code").Should().ContainSingle().Which.Should().Be("Unspecified", "an unlisted key is AccessDenied, as Azure answers it");
        }
        finally
        {
            File.Delete(scenario);
        }
    }

    [Test]
    public async Task Faults_FromTheAdminClient_AnswerThroughTheContainer()
    {
        ContainerRuntime.Require();
        await using var face = new FaceEmulatorBuilder(ContainerRuntime.Image).Build();
        await face.StartAsync();
        await face.Admin.Faults.AddAsync(FaultRule.Throttle("CreateLivenessSession", count: 1));

        using var http = face.CreateClient();
        using var throttled = await http.PostAsJsonAsync("face/v1.2/detectLiveness-sessions", CreateBody);
        using var recovered = await http.PostAsJsonAsync("face/v1.2/detectLiveness-sessions", CreateBody);

        throttled.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        throttled.Headers.GetValues("x-ms-error-code").Should().Equal("429");
        recovered.StatusCode.Should().Be(HttpStatusCode.OK);
        (await face.Admin.Faults.ListAsync()).Should().BeEmpty("the fault was used up");
    }
}
