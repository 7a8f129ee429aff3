using System.Collections.Concurrent;
using FaceEmulator.Determinism;
using Microsoft.Extensions.Options;

namespace FaceEmulator.Tenancy;

/// <summary>
/// All tenants, created on first use of their key, at most <see cref="LimitsOptions.MaxTenants"/> of them: at the
/// cap the least recently used tenants that hold no sessions are forgotten, and if none does, new keys are refused.
/// </summary>
internal sealed class TenantRegistry(
    IOptions<DeterminismOptions> determinism, TimeProvider baseTime, IEnumerable<ITenantInitializer> initializers,
    IOptions<LimitsOptions> limits)
{
    private readonly ConcurrentDictionary<string, Tenant> _tenants = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _keysBySubscriptionId = new(StringComparer.Ordinal);
    private readonly Lock _createLock = new();

    /// <summary>The tenant of <paramref name="key"/>, created if new; <see langword="null"/> when the tenant cap is reached.</summary>
    public Tenant? TryGetOrCreate(string key)
    {
        if (!_tenants.TryGetValue(key, out var tenant))
        {
            lock (_createLock)
            {
                if (!_tenants.TryGetValue(key, out tenant))
                {
                    if (_tenants.Count >= limits.Value.MaxTenants && EvictIdle() == 0)
                    {
                        return null;
                    }

                    tenant = Create(key);
                    _tenants[key] = tenant;
                }
            }
        }

        tenant.LastUsed = baseTime.GetTimestamp();
        return tenant;
    }

    /// <summary>The tenant whose session tokens carry this <c>subscription-id</c> claim.</summary>
    public Tenant? FindBySubscriptionId(string subscriptionId) =>
        _keysBySubscriptionId.TryGetValue(subscriptionId, out var key) && _tenants.TryGetValue(key, out var tenant) ? tenant : null;

    /// <summary>Forgets one tenant: its next request starts from a fresh state.</summary>
    public void Reset(string key)
    {
        if (_tenants.TryRemove(key, out var tenant))
        {
            _keysBySubscriptionId.TryRemove(tenant.SubscriptionId, out _);
        }
    }

    public void ResetAll()
    {
        _tenants.Clear();
        _keysBySubscriptionId.Clear();
    }

    public int Count => _tenants.Count;

    /// <summary>Sessions held across every tenant (for /__admin/info and the live-sessions gauge).</summary>
    public int SessionCount => _tenants.Values.Sum(t => t.Sessions.Count);

    /// <summary>Forgets up to a tenth of the cap (at least one) of the least recently used tenants without sessions.</summary>
    private int EvictIdle()
    {
        var idle = _tenants.Values.Where(t => t.Sessions.Count == 0).OrderBy(t => t.LastUsed)
            .Take(Math.Max(1, limits.Value.MaxTenants / 10)).ToList();
        foreach (var tenant in idle)
        {
            Reset(tenant.Key);
        }

        return idle.Count;
    }

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
