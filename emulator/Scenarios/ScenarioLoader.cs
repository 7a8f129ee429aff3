using System.Text.Json;
using System.Text.Json.Nodes;
using FaceEmulator.Admin;
using FaceEmulator.Clock;
using FaceEmulator.Decisions;
using FaceEmulator.Errors;
using FaceEmulator.Faults;

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
            // Rules and scripts belong to a tenant section; say so rather than only "could not be mapped".
            var hint = ex.Path is "$.rules" or "$.scripts" ? $". Put '{ex.Path[2..]}' under 'defaults' or under a tenant" : string.Empty;
            throw Invalid(path, $"it is not valid scenario JSON (at {ex.Path ?? "$"}: {ex.Message}){hint}", ex);
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

        var defaults = Start(path, "defaults", file.Defaults, knownOperations);
        // Defaults and a tenant's own entries end up in the same tenant, so they share its limits.
        foreach (var (name, start) in tenants.Select(t => ($"defaults and tenants.{t.Key}", t.Value)).Prepend(("defaults", TenantStart.Empty)))
        {
            if (defaults.Rules.Count + start.Rules.Count > DecisionState.MaxRules)
            {
                throw Invalid(path, $"{name} hold more than {DecisionState.MaxRules} rules, the limit per tenant");
            }

            if (defaults.Faults.Count + start.Faults.Count > FaultRegistry.MaxRules)
            {
                throw Invalid(path, $"{name} hold more than {FaultRegistry.MaxRules} faults, the limit per tenant");
            }

            if (defaults.Scripts.Count + start.Scripts.Count > DecisionState.MaxScriptTemplates)
            {
                throw Invalid(path, $"{name} hold more than {DecisionState.MaxScriptTemplates} scripts, the limit per tenant");
            }
        }

        return new Scenario(path, keys, defaults, tenants);
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

        var rules = Read(path, $"{where}.rules", tenant.Rules, RuleReader.ReadRule);
        var scripts = Read(path, $"{where}.scripts", tenant.Scripts, RuleReader.ReadTemplate);
        return new TenantStart(clock, faults, rules, scripts);
    }

    /// <summary>Reads each entry with the same reader the admin API uses, so the file and the API agree.</summary>
    private static List<T> Read<T>(string path, string where, IReadOnlyList<JsonElement>? entries, Func<JsonNode?, (T?, FaceError?)> read)
        where T : class
    {
        var items = new List<T>();
        foreach (var (entry, index) in (entries ?? []).Select((e, i) => (e, i)))
        {
            JsonNode? node;
            try
            {
                node = AdminJson.ToNode(entry);
            }
            catch (ArgumentException ex)
            {
                throw Invalid(path, $"{where}[{index}]: {ex.Message}", ex);
            }

            var (item, error) = read(node);
            items.Add(item ?? throw Invalid(path, $"{where}[{index}]: {error!.Message.TrimEnd('.')}"));
        }

        return items;
    }

    private static InvalidOperationException Invalid(string path, string reason, Exception? inner = null) =>
        new($"The scenario file '{path}' (Emulator:ScenarioFile) is invalid: {reason}.", inner);
}
