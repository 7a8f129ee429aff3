using FaceEmulator.Faults;
using FaceEmulator.Tenancy;
using Microsoft.Extensions.Options;

namespace FaceEmulator.Scenarios;

/// <summary>Loads the scenario file once and applies it to each tenant as the registry creates it.</summary>
internal sealed partial class ScenarioProvider(IOptions<ScenarioOptions> options, KnownOperations operations, ILogger<ScenarioProvider> logger)
    : ITenantInitializer, IHostedService
{
    private Scenario? _scenario;

    public Scenario Scenario => _scenario ??= Load();

    public void Initialize(Tenant tenant) => Scenario.ApplyTo(tenant);

    /// <summary>Loading at start-up makes a broken file fail the host, not the first request.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (Scenario.Path is { } path)
        {
            Log.Loaded(logger, path, Scenario.Tenants.Count, Scenario.Keys.Count);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private Scenario Load() =>
        string.IsNullOrWhiteSpace(options.Value.ScenarioFile) ? Scenario.None : ScenarioLoader.Load(options.Value.ScenarioFile, operations.Names);

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Loaded scenario file {Path}: {Tenants} tenant(s), {Keys} key(s)")]
        public static partial void Loaded(ILogger logger, string path, int tenants, int keys);
    }
}
