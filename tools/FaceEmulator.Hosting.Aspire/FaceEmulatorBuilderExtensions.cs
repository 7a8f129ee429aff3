using System.Globalization;
using Aspire.Hosting.ApplicationModel;
using FaceEmulator.Hosting.Aspire;

namespace Aspire.Hosting;

/// <summary><c>builder.AddFaceEmulator("face")</c> and its options.</summary>
public static class FaceEmulatorBuilderExtensions
{
    /// <summary>The image <c>tools/container/build-image</c> tags; no registry publishes one.</summary>
    public const string DefaultImage = "localhost/faceemu";

    public const string DefaultTag = "dev";

    /// <summary>Where <see cref="WithScenarioFile"/> mounts the file inside the container.</summary>
    public const string ScenarioFilePath = "/scenarios/scenario.json";

    /// <summary>
    /// Adds the emulator container: HTTP endpoint <c>http</c> (container port 5080; <paramref name="port"/> on the host,
    /// or a free one), an HTTP health check on <c>/health</c>, the connection string, OTLP export to the dashboard and the
    /// dashboard commands.
    /// </summary>
    public static IResourceBuilder<FaceEmulatorResource> AddFaceEmulator(this IDistributedApplicationBuilder builder, string name,
        int? port = null, string image = DefaultImage, string tag = DefaultTag)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return builder.AddResource(new FaceEmulatorResource(name))
            .WithImage(image, tag)
            .WithHttpEndpoint(port: port, targetPort: FaceEmulatorResource.TargetPort, name: FaceEmulatorResource.HttpEndpointName)
            .WithHttpHealthCheck("/health", endpointName: FaceEmulatorResource.HttpEndpointName)
            .WithUrlForEndpoint(FaceEmulatorResource.HttpEndpointName, url => url.DisplayText = "Face API")
            // The emulator exports spans, metrics and logs over OTLP once OTEL_EXPORTER_OTLP_ENDPOINT is set: point it at the dashboard.
            .WithOtlpExporter()
            .WithFaceEmulatorCommands();
    }

    /// <summary>Restricts the accepted keys (<c>Emulator:Auth:Keys</c>); the first becomes the connection string's key.</summary>
    public static IResourceBuilder<FaceEmulatorResource> WithKeys(this IResourceBuilder<FaceEmulatorResource> builder, params string[] keys)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0 || keys.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Give at least one key, none empty.", nameof(keys));
        }

        builder.Resource.Key = keys[0];
        for (var i = 0; i < keys.Length; i++)
        {
            builder = builder.WithSetting($"Emulator:Auth:Keys:{i.ToString(CultureInfo.InvariantCulture)}", keys[i]);
        }

        return builder;
    }

    /// <summary><c>Emulator:Deterministic</c>: frozen clocks at 2024-01-01T00:00:00Z, sequential ids, seed 1.</summary>
    public static IResourceBuilder<FaceEmulatorResource> WithDeterministic(this IResourceBuilder<FaceEmulatorResource> builder, bool deterministic = true) =>
        builder.WithSetting("Emulator:Deterministic", deterministic ? "true" : "false");

    /// <summary>
    /// Mounts the scenario file at <paramref name="path"/> (relative to the app host's directory) read-only and points
    /// <c>Emulator:ScenarioFile</c> at it. The container runs as uid 1654: the file must be readable by others.
    /// </summary>
    public static IResourceBuilder<FaceEmulatorResource> WithScenarioFile(this IResourceBuilder<FaceEmulatorResource> builder, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return builder.WithBindMount(path, ScenarioFilePath, isReadOnly: true)
            .WithSetting("Emulator:ScenarioFile", ScenarioFilePath);
    }

    /// <summary>Any key of README's configuration reference, e.g. <c>WithSetting("Emulator:Response:Region", "East US")</c>.</summary>
    public static IResourceBuilder<FaceEmulatorResource> WithSetting(this IResourceBuilder<FaceEmulatorResource> builder, string key, string value)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(value);
        var name = key.Replace(":", "__", StringComparison.Ordinal);
        if (!name.StartsWith("Emulator__", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{key}' is not an emulator setting: they start with 'Emulator:'.", nameof(key));
        }

        return builder.WithEnvironment(name, value);
    }
}
