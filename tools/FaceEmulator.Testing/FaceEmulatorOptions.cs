using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FaceEmulator.Testing;

/// <summary>How <see cref="FaceEmulatorHost.StartAsync"/> starts the emulator. Every member is optional.</summary>
public sealed class FaceEmulatorOptions
{
    /// <summary>
    /// False (default): in-process on a test server, no port; use <see cref="FaceEmulatorHost.HttpClient"/> or
    /// <see cref="FaceEmulatorHost.CreateHandler"/>. True: Kestrel on a free 127.0.0.1 port, for code that needs a real URL.
    /// </summary>
    public bool UseLoopbackPort { get; init; }

    /// <summary>The tenant's subscription key. Null: a fresh one per host. Set it when the settings restrict the keys.</summary>
    public string? Key { get; init; }

    /// <summary><c>Emulator:Deterministic</c>: clocks frozen at 2024-01-01T00:00:00Z, sequential ids, seed 1.</summary>
    public bool Deterministic { get; init; }

    /// <summary><c>Emulator:ScenarioFile</c>: faults, clocks and keys loaded at start-up (a path relative to the working directory).</summary>
    public string? ScenarioFile { get; init; }

    /// <summary>
    /// Any other emulator configuration, as in README's configuration reference, e.g.
    /// <c>["Emulator:Decisions:DefaultScenario"] = "uncertain-lighting"</c>. The host reads no appsettings.json
    /// or environment variables, so tests do not depend on the machine.
    /// </summary>
    public IDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Runs after the emulator's services are added, e.g. to replace the host <see cref="TimeProvider"/>.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>The emulator logs nothing unless this adds a provider.</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; init; }

    /// <summary>The ASP.NET environment name; Development (as the contract tests run) validates the DI graph at start.</summary>
    public string EnvironmentName { get; init; } = "Development";
}
