using System.Net.Http.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using FaceEmulator.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace FaceEmulator.Hosting.Aspire.Tests;

/// <summary>The dashboard commands, run against an emulator on a loopback port that the resource's endpoint points at.</summary>
public sealed class CommandTests
{
    [Test]
    public async Task ResetTenant_ForgetsTheTenantsSessions()
    {
        await using var emulator = await FaceEmulatorHost.StartAsync(new FaceEmulatorOptions { UseLoopbackPort = true, Key = "key-dev" });
        var face = Resource(emulator);
        using var created = await emulator.HttpClient.PostAsJsonAsync("face/v1.2/detectLiveness-sessions",
            new { livenessOperationMode = "Passive", deviceCorrelationId = "d" });
        (await emulator.Requests.ListAsync()).Should().ContainSingle();

        var result = await ExecuteAsync(face, FaceEmulatorCommands.ResetTenant);

        result.Success.Should().BeTrue(result.Message);
        (await emulator.Requests.ListAsync()).Should().BeEmpty("the reset cleared the journal of the resource's tenant");
    }

    [Test]
    public async Task AdvanceClock_MovesTheTenantsClockByTheArgument()
    {
        await using var emulator = await FaceEmulatorHost.StartAsync(new FaceEmulatorOptions { UseLoopbackPort = true, Key = "key-dev", Deterministic = true });
        var face = Resource(emulator);
        var before = (await emulator.Clock.GetAsync()).Now;

        var result = await ExecuteAsync(face, FaceEmulatorCommands.AdvanceClock, ("by", "PT2H"));

        result.Success.Should().BeTrue(result.Message);
        (await emulator.Clock.GetAsync()).Now.Should().Be(before.AddHours(2));
        result.Message.Should().Contain("2024-01-01T02:00:00");
    }

    [Test]
    public async Task AdvanceClock_BadDuration_FailsWithAMessage()
    {
        await using var emulator = await FaceEmulatorHost.StartAsync(new FaceEmulatorOptions { UseLoopbackPort = true, Key = "key-dev" });

        var result = await ExecuteAsync(Resource(emulator), FaceEmulatorCommands.AdvanceClock, ("by", "soon"));

        result.Success.Should().BeFalse();
        result.Message.Should().Contain("'soon' is not a duration");
    }

    [Test]
    public async Task Commands_WhenTheEmulatorIsDown_FailInsteadOfThrowing()
    {
        var face = DistributedApplication.CreateBuilder().AddFaceEmulator("face").Resource;
        ModelTests.Allocate(face, 1);   // nothing listens on port 1

        var result = await ExecuteAsync(face, FaceEmulatorCommands.ResetTenant);

        result.Success.Should().BeFalse();
        result.Message.Should().NotBeNullOrEmpty();
    }

    [Test]
    public async Task ShowInfo_AnswersTheEmulatorsVersionAndApiVersions()
    {
        await using var emulator = await FaceEmulatorHost.StartAsync(new FaceEmulatorOptions { UseLoopbackPort = true, Key = "key-dev" });
        var face = Resource(emulator);
        var info = await new FaceEmulatorClient(emulator.HttpClient).GetInfoAsync();

        var result = await ExecuteAsync(face, FaceEmulatorCommands.ShowInfo);

        result.Success.Should().BeTrue(result.Message);
        result.Message.Should().StartWith($"FaceEmulator {info.Version}: API versions v1.1-preview.1, v1.2-preview.1, v1.2, v1.3-preview.1")
            .And.Contain($"{info.DifferencesFromAzure.Count} differences from Azure");
    }

    [Test]
    public async Task OpenConsole_AnswersTheConsoleUrl()
    {
        var face = DistributedApplication.CreateBuilder().AddFaceEmulator("face").Resource;
        ModelTests.Allocate(face, 41234);

        var result = await ExecuteAsync(face, FaceEmulatorCommands.OpenConsole);

        result.Success.Should().BeTrue();
        result.Message.Should().Be("QA console: http://localhost:41234/__admin/console");
    }

    private static FaceEmulatorResource Resource(FaceEmulatorHost emulator)
    {
        var face = DistributedApplication.CreateBuilder().AddFaceEmulator("face").WithKeys(emulator.Key).Resource;
        var endpoint = face.Annotations.OfType<EndpointAnnotation>().Single();
        endpoint.AllocatedEndpoint = new AllocatedEndpoint(endpoint, emulator.Endpoint.Host, emulator.Endpoint.Port);
        return face;
    }

    private static Task<ExecuteCommandResult> ExecuteAsync(FaceEmulatorResource face, string command, params (string Name, string Value)[] arguments)
    {
        var annotation = face.Annotations.OfType<ResourceCommandAnnotation>().Single(c => c.Name == command);
        var inputs = annotation.Arguments.Select(a => new InteractionInput
        {
            Name = a.Name, InputType = a.InputType, Label = a.Label,
            Value = arguments.FirstOrDefault(v => v.Name == a.Name).Value ?? a.Value,
        }).ToList();
        using var services = new ServiceCollection().BuildServiceProvider();
        return annotation.ExecuteCommand(new ExecuteCommandContext
        {
            Services = services,
            ResourceName = face.Name,
            CancellationToken = CancellationToken.None,
            Logger = NullLogger.Instance,
            Arguments = new InteractionInputCollection(inputs),
        });
    }
}
