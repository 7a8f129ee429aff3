using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace FaceEmulator.Hosting.Aspire.Tests;

/// <summary>The resource model: image, endpoint, health check, options, commands and connection string, without running anything.</summary>
public sealed class ModelTests
{
    [Test]
    public void AddFaceEmulator_ModelsTheImageEndpointHealthCheckAndCommands()
    {
        var builder = DistributedApplication.CreateBuilder();
        var face = builder.AddFaceEmulator("face");

        face.Resource.TryGetContainerImageName(out var image).Should().BeTrue();
        image.Should().Be("localhost/faceemu:dev");
        var endpoint = face.Resource.Annotations.OfType<EndpointAnnotation>().Should().ContainSingle().Subject;
        endpoint.Should().BeEquivalentTo(new { Name = "http", UriScheme = "http", TargetPort = 5080, Port = (int?)null });
        face.Resource.Annotations.OfType<HealthCheckAnnotation>().Should().ContainSingle();
        face.Resource.Annotations.OfType<OtlpExporterAnnotation>().Should().ContainSingle("Aspire turns the emulator's OpenTelemetry on");
        face.Resource.Annotations.OfType<ResourceCommandAnnotation>().Select(c => c.Name)
            .Should().Contain([FaceEmulatorCommands.ResetTenant, FaceEmulatorCommands.AdvanceClock, FaceEmulatorCommands.ShowInfo, FaceEmulatorCommands.OpenConsole]);
        face.Resource.Key.Should().Be("aspire-face");
    }

    [Test]
    public void AddFaceEmulator_ImageAndPortAreConfigurable()
    {
        var builder = DistributedApplication.CreateBuilder();
        var face = builder.AddFaceEmulator("face", port: 5099, image: "registry.example/faceemu", tag: "1.0");

        face.Resource.TryGetContainerImageName(out var image).Should().BeTrue();
        image.Should().Be("registry.example/faceemu:1.0");
        face.Resource.Annotations.OfType<EndpointAnnotation>().Single().Port.Should().Be(5099);
    }

    [Test]
    public async Task Options_BecomeTheContainersEnvironmentAndMount()
    {
        var builder = DistributedApplication.CreateBuilder();
        var face = builder.AddFaceEmulator("face")
            .WithKeys("key-dev", "key-qa")
            .WithDeterministic()
            .WithScenarioFile("/tmp/qa.json")
            .WithSetting("Emulator:Response:Region", "East US");

        var environment = await EnvironmentOf(face.Resource);

        environment.Should().Contain(new Dictionary<string, string>
        {
            ["Emulator__Auth__Keys__0"] = "key-dev",
            ["Emulator__Auth__Keys__1"] = "key-qa",
            ["Emulator__Deterministic"] = "true",
            ["Emulator__ScenarioFile"] = "/scenarios/scenario.json",
            ["Emulator__Response__Region"] = "East US",
        });
        face.Resource.Key.Should().Be("key-dev");
        face.Resource.Annotations.OfType<ContainerMountAnnotation>().Should().ContainSingle().Which
            .Should().BeEquivalentTo(new { Source = "/tmp/qa.json", Target = "/scenarios/scenario.json", IsReadOnly = true });
    }

    [Test]
    public void Options_RejectBadArguments()
    {
        var face = DistributedApplication.CreateBuilder().AddFaceEmulator("face");
        face.Invoking(f => f.WithSetting("Logging:LogLevel:Default", "Debug")).Should().Throw<ArgumentException>().WithMessage("*start with 'Emulator:'*");
        face.Invoking(f => f.WithKeys()).Should().Throw<ArgumentException>();
        face.Invoking(f => f.WithKeys("key", "")).Should().Throw<ArgumentException>();
    }

    [Test]
    public async Task ConnectionString_IsEndpointAndKey_AndReachesAReferencingApp()
    {
        var builder = DistributedApplication.CreateBuilder();
        var face = builder.AddFaceEmulator("face").WithKeys("key-dev");
        var app = builder.AddExecutable("app", "dotnet", ".").WithReference(face);
        Allocate(face.Resource, 41234);

        (await face.Resource.ConnectionStringExpression.GetValueAsync(CancellationToken.None))
            .Should().Be("Endpoint=http://localhost:41234/;Key=key-dev");
        face.Resource.ConnectionStringExpression.ValueExpression
            .Should().Be("Endpoint={face.bindings.http.url}/;Key=key-dev", "the manifest form names the endpoint, not a port");
        var environment = await EnvironmentOf(app.Resource);
        environment.Should().Contain("ConnectionStrings__face", "Endpoint=http://localhost:41234/;Key=key-dev");
    }

    // The environment a resource gets when it runs. 13.6 marks this helper obsolete in favour of the lower-level
    // ExecutionConfigurationBuilder, which gathers the same values; the helper says what the test means.
#pragma warning disable CS0618
    private static ValueTask<Dictionary<string, string>> EnvironmentOf(IResourceWithEnvironment resource) =>
        resource.GetEnvironmentVariableValuesAsync(DistributedApplicationOperation.Run);
#pragma warning restore CS0618

    internal static void Allocate(FaceEmulatorResource resource, int port)
    {
        var endpoint = resource.Annotations.OfType<EndpointAnnotation>().Single();
        endpoint.AllocatedEndpoint = new AllocatedEndpoint(endpoint, "localhost", port);
    }
}
