using FaceEmulator.Clock;
using FaceEmulator.Decisions;
using FaceEmulator.Faults;
using FaceEmulator.Tenancy;

namespace FaceEmulator.Scenarios;

/// <summary>A validated scenario file, ready to apply to tenants as they are created.</summary>
internal sealed record Scenario(
    string? Path,
    IReadOnlyList<string> Keys,
    TenantStart Defaults,
    IReadOnlyDictionary<string, TenantStart> Tenants)
{
    public static Scenario None { get; } = new(null, [], TenantStart.Empty, new Dictionary<string, TenantStart>());

    public void ApplyTo(Tenant tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        Defaults.ApplyTo(tenant);
        if (Tenants.TryGetValue(tenant.Key, out var own))
        {
            own.ApplyTo(tenant);
        }
    }
}

/// <summary>The clock change, fault rules, outcome rules and script templates one tenant starts with.</summary>
internal sealed record TenantStart(
    ClockChange? Clock,
    IReadOnlyList<FaultRule> Faults,
    IReadOnlyList<RuleContent> Rules,
    IReadOnlyList<ScriptTemplate> Scripts)
{
    public static TenantStart Empty { get; } = new(null, [], [], []);

    public void ApplyTo(Tenant tenant)
    {
        Clock?.ApplyTo(tenant.Clock);
        foreach (var rule in Faults)
        {
            // The loader checked that defaults and tenant faults together fit the tenant's limit.
            _ = tenant.Faults.Add(rule, out _);
        }

        // The loader checked that defaults and tenant rules together fit the tenant's limit.
        foreach (var rule in Rules)
        {
            _ = tenant.Decisions.AddRule(rule.Match, rule.Outcome, rule.Times, out _);
        }

        foreach (var script in Scripts)
        {
            tenant.Decisions.AddScriptTemplate(script);
        }
    }
}
