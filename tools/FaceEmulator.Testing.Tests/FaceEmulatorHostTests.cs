using System.Net;

namespace FaceEmulator.Testing.Tests;

public sealed class FaceEmulatorHostTests
{
    [Test]
    public async Task Starts_in_process_without_a_port()
    {
        await using var face = await FaceEmulatorHost.StartAsync();

        face.Endpoint.Should().Be(new Uri("http://localhost/"));
        face.Key.Should().NotBeNullOrWhiteSpace();
        var sessionId = await FaceApp.CreateSessionAsync(face.HttpClient);
        (await FaceApp.GetSessionAsync(face.HttpClient, sessionId))["status"]!.GetValue<string>().Should().Be("NotStarted");
    }

    [Test]
    public async Task Each_host_has_a_fresh_tenant()
    {
        await using var first = await FaceEmulatorHost.StartAsync();
        await using var second = await FaceEmulatorHost.StartAsync();

        first.Key.Should().NotBe(second.Key);
    }

    [Test]
    public async Task A_loopback_port_serves_plain_HttpClients()
    {
        Uri endpoint;
        await using (var face = await FaceEmulatorHost.StartAsync(new FaceEmulatorOptions { UseLoopbackPort = true }))
        {
            endpoint = face.Endpoint;
            endpoint.Host.Should().Be("127.0.0.1");
            endpoint.Port.Should().BePositive();

            using var plain = new HttpClient { BaseAddress = endpoint };
            plain.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", face.Key);
            var sessionId = await FaceApp.CreateSessionAsync(plain);
            (await face.Requests.ForSessionAsync(sessionId)).Should().ContainSingle(r => r.Operation == "CreateLivenessSession");
        }

        using var afterwards = new HttpClient { BaseAddress = endpoint };
        var call = () => afterwards.GetAsync(new Uri("/health", UriKind.Relative));
        await call.Should().ThrowAsync<HttpRequestException>("the host stopped when disposed");
    }

    [Test]
    public async Task Tenants_of_one_host_do_not_see_each_other()
    {
        await using var face = await FaceEmulatorHost.StartAsync();
        var sessionId = await FaceApp.CreateSessionAsync(face.HttpClient);

        var other = face.ForTenant("another-team");
        using (other.HttpClient)
        {
            using var response = await other.HttpClient.GetAsync(new Uri($"/face/v1.2/detectLiveness-sessions/{sessionId}", UriKind.Relative));
            response.StatusCode.Should().Be(HttpStatusCode.NotFound);
            (await other.Requests.ListAsync()).Should().ContainSingle().Which.Status.Should().Be(404);
        }
    }

    [Test]
    public async Task Options_configure_the_emulator()
    {
        await using var face = await FaceEmulatorHost.StartAsync(new FaceEmulatorOptions
        {
            Deterministic = true,
            Settings = { ["Emulator:Decisions:DefaultScenario"] = "uncertain-lighting" },
        });

        (await face.Clock.GetAsync()).Should().Be(new ClockState(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), Frozen: true));
        var sessionId = await FaceApp.CreateSessionAsync(face.HttpClient);
        sessionId.Should().StartWith("00000000-0000-0000-0000-", "ids are sequential in deterministic mode");
        (await face.Sessions.AttemptAsync(sessionId)).LivenessDecision.Should().Be(LivenessDecision.Uncertain);
    }

    [Test]
    public async Task A_bad_scenario_file_fails_start_up()
    {
        var start = () => FaceEmulatorHost.StartAsync(new FaceEmulatorOptions { ScenarioFile = "no-such-file.json" });

        (await start.Should().ThrowAsync<Exception>()).Which.Message.Should().Contain("no-such-file.json");
    }

    [Test]
    public async Task The_handler_serves_the_code_under_tests_own_HttpClient()
    {
        await using var face = await FaceEmulatorHost.StartAsync();
        using var appClient = new HttpClient(face.CreateHandler()) { BaseAddress = new Uri("https://my-face-resource.cognitiveservices.azure.com") };
        appClient.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", face.Key);

        var sessionId = await FaceApp.CreateSessionAsync(appClient);

        (await face.Requests.ForOperationAsync("CreateLivenessSession")).Should().ContainSingle(r => r.SessionId == sessionId);
    }
}
