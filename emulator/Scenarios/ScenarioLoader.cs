using System.Text.Json;
using FaceEmulator.Admin;
using FaceEmulator.Clock;

namespace FaceEmulator.Scenarios;

/// <summary>Reads and validates a scenario file; any problem is an exception naming the file and the fault.</summary>
internal static class ScenarioLoader
{
    public static Scenario Load(string path, IReadOnlyCollection<string> knownOperations)
    {
        ScenarioFile? file;
        try
        {
            using var stream = File.OpenRead(path);
            file = JsonSerializer.Deserialize(stream, AdminJsonContext.Default.ScenarioFile);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Invalid(path, $"it cannot be read ({ex.Message})", ex);
        }
        catch (JsonException ex)
        {
            throw Invalid(path, $"it is not valid scenario JSON ({ex.Message})", ex);
        }

        if (file is null)
        {
            throw Invalid(path, "it must hold a JSON object");
        }

        var keys = file.Keys ?? [];
        if (keys.Any(string.IsNullOrEmpty))
        {
            throw Invalid(path, "'keys' must not contain empty keys");
        }

        var tenants = new Dictionary<string, TenantStart>(StringComparer.Ordinal);
        foreach (var (key, tenant) in file.Tenants ?? new Dictionary<string, ScenarioTenant>())
        {
            if (keys.Count > 0 && !keys.Contains(key))
            {
                throw Invalid(path, $"tenant '{key}' is not listed in 'keys', so it could never call the emulator");
            }

            tenants[key] = Start(path, $"tenants.{key}", tenant, knownOperations);
        }

        return new Scenario(path, keys, Start(path, "defaults", file.Defaults, knownOperations), tenants);
    }

    private static TenantStart Start(string path, string where, ScenarioTenant? tenant, IReadOnlyCollection<string> knownOperations)
    {
        if (tenant is null)
        {
            return TenantStart.Empty;
        }

        ClockChange? clock = null;
        if (tenant.Clock is not null)
        {
            (clock, var error) = tenant.Clock.Parse();
            if (clock is null)
            {
                throw Invalid(path, $"{where}.clock: {error}");
            }
        }

        var faults = new List<Faults.FaultRule>();
        foreach (var (content, index) in (tenant.Faults ?? []).Select((f, i) => (f, i)))
        {
            var (rule, error) = content.ToRule(knownOperations);
            faults.Add(rule ?? throw Invalid(path, $"{where}.faults[{index}]: {error}"));
        }

        return new TenantStart(clock, faults);
    }

    private static InvalidOperationException Invalid(string path, string reason, Exception? inner = null) =>
        new($"The scenario file '{path}' (Emulator:ScenarioFile) is invalid: {reason}.", inner);
}
