using System.Collections.Concurrent;
using FaceEmulator.Determinism;
using Microsoft.Extensions.Options;

namespace FaceEmulator.Tenancy;

/// <summary>All tenants, created on first use of their key.</summary>
internal sealed class TenantRegistry(
    IOptions<DeterminismOptions> determinism, TimeProvider baseTime, IEnumerable<ITenantInitializer> initializers)
{
    private readonly ConcurrentDictionary<string, Tenant> _tenants = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _keysBySubscriptionId = new(StringComparer.Ordinal);

    public Tenant GetOrCreate(string key) => _tenants.GetOrAdd(key, Create);

    /// <summary>The tenant whose session tokens carry this <c>subscription-id</c> claim.</summary>
    public Tenant? FindBySubscriptionId(string subscriptionId) =>
        _keysBySubscriptionId.TryGetValue(subscriptionId, out var key) && _tenants.TryGetValue(key, out var tenant) ? tenant : null;

    /// <summary>Forgets one tenant: its next request starts from a fresh state.</summary>
    public void Reset(string key) => _tenants.TryRemove(key, out _);

    public void ResetAll() => _tenants.Clear();

    public int Count => _tenants.Count;

    private Tenant Create(string key)
    {
        var tenant = new Tenant(key, determinism.Value, baseTime);
        foreach (var initializer in initializers)
        {
            initializer.Initialize(tenant);
        }

        _keysBySubscriptionId[tenant.SubscriptionId] = key;
        return tenant;
    }
}
