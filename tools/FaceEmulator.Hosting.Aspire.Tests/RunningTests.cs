using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json.Nodes;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FaceEmulator.Hosting.Aspire.Tests;

/// <summary>
/// README "Aspire", run: DCP (Aspire.Hosting.Orchestration.linux-x64) starts the image with podman, the health check turns
/// healthy, an app reads the connection string, and the dashboard commands reach the container. Needs the image and podman:
/// the container stage runs it (FACE_CONTAINER_TESTS=1); elsewhere it is ignored with that reason.
/// </summary>
[Category("Container")]
public sealed class RunningTests
{
    [Test]
    public async Task ReadmeExample_RunsWithPodman_BecomesHealthy_ServesTheApp_AndAnswersCommands()
    {
        if (Environment.GetEnvironmentVariable("FACE_CONTAINER_TESTS") != "1")
        {
            Assert.Ignore("Needs the image and podman: the container stage runs this (tools/container/dotnet-tests sets FACE_CONTAINER_TESTS=1).");
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var builder = DistributedApplicationTestingBuilder.Create([], (options, _) => options.DisableDashboard = true);
        builder.Configuration["DcpPublisher:CliPath"] = typeof(RunningTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "DcpCliPath").Value;
        builder.Configuration["DcpPublisher:ContainerRuntime"] = "podman";
        // The dashboard is off, but the options still ask for its path; no dashboard binaries are needed to run.
        builder.Configuration["DcpPublisher:DashboardPath"] = "/dashboard-disabled";
        // README:aspire-apphost:begin
        var face = builder.AddFaceEmulator("face")          // localhost/faceemu:dev; endpoint "http", health check /health
            .WithDeterministic()
            .WithKeys("key-dev");
        // README:aspire-apphost:end
        await using var app = await builder.BuildAsync(timeout.Token);
        await app.StartAsync(timeout.Token);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("face", timeout.Token);

        var connectionString = await app.GetConnectionStringAsync("face", timeout.Token);
        connectionString.Should().MatchRegex("^Endpoint=http://localhost:[0-9]+/;Key=key-dev$");
        (await AppSideAsync(connectionString!)).Should().Be("00000000-0000-0000-0000-000000000001", "WithDeterministic() reached the container");

        var commands = app.Services.GetRequiredService<ResourceCommandService>();
        var advanced = await commands.ExecuteCommandAsync("face", FaceEmulatorCommands.AdvanceClock, timeout.Token);
        advanced.Success.Should().BeTrue(advanced.Message);
        advanced.Message.Should().Contain("2024-01-01T00:05:00", "the default step is 5 minutes from the deterministic start");
        var reset = await commands.ExecuteCommandAsync("face", FaceEmulatorCommands.ResetTenant, timeout.Token);
        reset.Success.Should().BeTrue(reset.Message);
        face.Resource.Key.Should().Be("key-dev");
    }

    private static async Task<string> AppSideAsync(string connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:face"] = connectionString;   // what WithReference(face) gives the app
        // README:aspire-app:begin
        builder.AddFaceClient("face");   // FaceEmulator.Client.Aspire: reads ConnectionStrings:face
        using var host = builder.Build();

        var http = host.Services.GetRequiredService<IHttpClientFactory>().CreateClient("face");
        var created = await http.PostAsJsonAsync("face/v1.2/detectLiveness-sessions",
            new { livenessOperationMode = "Passive", deviceCorrelationId = "device-1" });
        var sessionId = (await created.Content.ReadFromJsonAsync<JsonObject>())!["sessionId"]!.GetValue<string>();
        var session = await http.GetFromJsonAsync<JsonObject>($"face/v1.2/detectLiveness-sessions/{sessionId}");
        // README:aspire-app:end
        created.Dispose();
        http.Dispose();
        session!["status"]!.GetValue<string>().Should().Be("NotStarted");
        return sessionId;
    }
}
