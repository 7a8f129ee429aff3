using System.Globalization;
using System.Text;
using Docker.DotNet.Models;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;

namespace Testcontainers.FaceEmulator;

/// <summary>
/// Builds a <see cref="FaceEmulatorContainer"/>: <c>new FaceEmulatorBuilder("localhost/faceemu:dev").WithDeterministic().Build()</c>.
/// The image is named explicitly, as in every Testcontainers 4.x module: this project publishes no image to a registry.
/// </summary>
public sealed class FaceEmulatorBuilder : ContainerBuilder<FaceEmulatorBuilder, FaceEmulatorContainer, FaceEmulatorConfiguration>
{
    /// <summary>The port the image listens on (its <c>ASPNETCORE_HTTP_PORTS</c> and <c>EXPOSE</c>).</summary>
    public const ushort FaceEmulatorPort = 5080;

    /// <summary>Where <see cref="WithScenarioFile"/> copies the scenario file inside the container.</summary>
    public const string ScenarioFilePath = "/scenarios/scenario.json";

    // The image runs as uid 1654, which must be able to read the copied file.
    private const UnixFileModes ReadableByAll = UnixFileModes.UserRead | UnixFileModes.UserWrite | UnixFileModes.GroupRead | UnixFileModes.OtherRead;

    /// <param name="image">The emulator's image, e.g. <c>localhost/faceemu:dev</c> as <c>tools/container/build-image</c> tags it.</param>
    public FaceEmulatorBuilder(string image)
        : this(new FaceEmulatorConfiguration())
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(image);
        DockerResourceConfiguration = Init().WithImage(image).DockerResourceConfiguration;
    }

    private FaceEmulatorBuilder(FaceEmulatorConfiguration resourceConfiguration)
        : base(resourceConfiguration) => DockerResourceConfiguration = resourceConfiguration;

    protected override FaceEmulatorConfiguration DockerResourceConfiguration { get; }

    /// <summary>Restricts the accepted subscription keys (<c>Emulator:Auth:Keys</c>); the first is the container's <see cref="FaceEmulatorContainer.Key"/>.</summary>
    public FaceEmulatorBuilder WithKeys(params string[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0 || keys.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Give at least one key, none empty.", nameof(keys));
        }

        var builder = WithKey(keys[0]);
        for (var i = 0; i < keys.Length; i++)
        {
            builder = builder.WithSetting($"Emulator:Auth:Keys:{i.ToString(CultureInfo.InvariantCulture)}", keys[i]);
        }

        return builder;
    }

    /// <summary><c>Emulator:Deterministic</c>: frozen clocks at 2024-01-01T00:00:00Z, sequential ids, seed 1.</summary>
    public FaceEmulatorBuilder WithDeterministic(bool deterministic = true) =>
        WithSetting("Emulator:Deterministic", deterministic ? "true" : "false");

    /// <summary>Copies the scenario file at <paramref name="path"/> into the container and points <c>Emulator:ScenarioFile</c> at it.</summary>
    public FaceEmulatorBuilder WithScenarioFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        // Read now: the builder is immutable, and a missing file should fail here, not inside the container.
        return WithScenario(File.ReadAllText(path));
    }

    /// <summary>Like <see cref="WithScenarioFile"/>, from the file's JSON text.</summary>
    public FaceEmulatorBuilder WithScenario(string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        return WithResourceMapping(Encoding.UTF8.GetBytes(json), FilePath.Of(ScenarioFilePath), fileMode: ReadableByAll)
            .WithSetting("Emulator:ScenarioFile", ScenarioFilePath);
    }

    /// <summary>
    /// Any key of README's configuration reference, e.g. <c>WithSetting("Emulator:Response:Region", "East US")</c>;
    /// it becomes the environment variable <c>Emulator__Response__Region</c>.
    /// </summary>
    public FaceEmulatorBuilder WithSetting(string key, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(value);
        var name = key.Replace(":", "__", StringComparison.Ordinal);
        if (!name.StartsWith("Emulator__", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{key}' is not an emulator setting: they start with 'Emulator:'.", nameof(key));
        }

        return WithEnvironment(name, value);
    }

    public override FaceEmulatorContainer Build()
    {
        Validate();
        return new FaceEmulatorContainer(DockerResourceConfiguration);
    }

    protected override FaceEmulatorBuilder Init() =>
        base.Init()
            .WithPortBinding(FaceEmulatorPort, assignRandomHostPort: true)
            // A fresh tenant per builder unless WithKeys names one; the emulator accepts any key by default.
            .WithKey($"testcontainers-{Guid.NewGuid():N}")
            .WithConnectionStringProvider(() => new FaceEmulatorConnectionStringProvider())
            .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(request =>
                request.ForPort(FaceEmulatorPort).ForPath("/health")));

    private FaceEmulatorBuilder WithKey(string key) => Merge(DockerResourceConfiguration, new FaceEmulatorConfiguration(key));

    protected override FaceEmulatorBuilder Clone(IResourceConfiguration<CreateContainerParameters> resourceConfiguration) =>
        Merge(DockerResourceConfiguration, new FaceEmulatorConfiguration(resourceConfiguration));

    protected override FaceEmulatorBuilder Clone(IContainerConfiguration resourceConfiguration) =>
        Merge(DockerResourceConfiguration, new FaceEmulatorConfiguration(resourceConfiguration));

    protected override FaceEmulatorBuilder Merge(FaceEmulatorConfiguration oldValue, FaceEmulatorConfiguration newValue) =>
        new(new FaceEmulatorConfiguration(oldValue, newValue));
}
