using System.Collections.Concurrent;
using FaceEmulator.Determinism;
using Microsoft.Extensions.Options;

namespace FaceEmulator.Tenancy;

/// <summary>
/// All tenants, created on first use of their key, at most <see cref="LimitsOptions.MaxTenants"/> of them: at the
/// cap the least recently used tenants that hold no sessions and serve no request are forgotten, and if none
/// does, new keys are refused. Requests take their tenant with <see cref="TryAcquire"/> and hold it until they end.
/// </summary>
internal sealed class TenantRegistry(
    IOptions<DeterminismOptions> determinism, TimeProvider baseTime, IEnumerable<ITenantInitializer> initializers,
    IOptions<LimitsOptions> limits)
{
    private readonly ConcurrentDictionary<string, Tenant> _tenants = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Tenant> _bySubscriptionId = new(StringComparer.Ordinal);
    private readonly MemoryBudget _memory = new(limits.Value.MaxTotalBytes);

    // Creating, evicting and resetting tenants take this lock, so none of them acts on what another just changed
    // (a reset removing the subscription id of a tenant created meanwhile, an eviction of a tenant just found).
    private readonly Lock _lock = new();

    /// <summary>
    /// The tenant of <paramref name="key"/>, created if new, held until the lease is disposed; <see langword="null"/>
    /// when the tenant cap is reached and every tenant holds sessions or serves a request.
    /// </summary>
    public TenantLease? TryAcquire(string key)
    {
        // The common case takes no lock: the tenant exists and no eviction or reset has retired it.
        if (!_tenants.TryGetValue(key, out var tenant) || !tenant.TryHold())
        {
            lock (_lock)
            {
                // No eviction or reset runs now, so a tenant still listed is not retired and the hold succeeds.
                if (!_tenants.TryGetValue(key, out tenant) || !tenant.TryHold())
                {
                    if (_tenants.Count >= limits.Value.MaxTenants && EvictIdle() == 0)
                    {
                        return null;
                    }

                    tenant = Create(key);
                }
            }
        }

        tenant.LastUsed = baseTime.GetTimestamp();
        return new TenantLease(tenant);
    }

    /// <summary>The tenant whose session tokens carry this <c>subscription-id</c> claim.</summary>
    public Tenant? FindBySubscriptionId(string subscriptionId) => _bySubscriptionId.GetValueOrDefault(subscriptionId);

    /// <summary>Forgets one tenant: its next request starts from a fresh state.</summary>
    public void Reset(string key)
    {
        lock (_lock)
        {
            if (_tenants.TryRemove(key, out var tenant))
            {
                Forget(tenant);
            }
        }
    }

    public void ResetAll()
    {
        // One by one, so every forgotten tenant gives its bytes back to the emulator-wide budget.
        lock (_lock)
        {
            foreach (var key in _tenants.Keys)
            {
                if (_tenants.TryRemove(key, out var tenant))
                {
                    Forget(tenant);
                }
            }
        }
    }

    public int Count => _tenants.Count;

    /// <summary>Sessions held across every tenant (for /__admin/info and the live-sessions gauge).</summary>
    public int SessionCount => _tenants.Values.Sum(t => t.Sessions.Count);

    /// <summary>
    /// Forgets up to a tenth of the cap (at least one) of the least recently used tenants that hold no sessions
    /// and serve no request. Called under the lock.
    /// </summary>
    private int EvictIdle()
    {
        var wanted = Math.Max(1, limits.Value.MaxTenants / 10);
        var evicted = 0;
        foreach (var tenant in _tenants.Values.Where(t => t.IsIdle).OrderBy(t => t.LastUsed))
        {
            if (evicted == wanted)
            {
                break;
            }

            // A request may have taken the tenant since the look above: retiring checks again, atomically.
            if (tenant.TryRetireIdle())
            {
                _tenants.TryRemove(new KeyValuePair<string, Tenant>(tenant.Key, tenant));
                Forget(tenant);
                evicted++;
            }
        }

        return evicted;
    }

    private void Forget(Tenant tenant)
    {
        tenant.Retire();
        tenant.Memory.Close();
        _bySubscriptionId.TryRemove(new KeyValuePair<string, Tenant>(tenant.SubscriptionId, tenant));
    }

    /// <summary>A new tenant, already held for the request that asked for it. Called under the lock.</summary>
    private Tenant Create(string key)
    {
        var tenant = new Tenant(key, determinism.Value, baseTime, limits.Value, _memory);
        foreach (var initializer in initializers)
        {
            initializer.Initialize(tenant);
        }

        tenant.TryHold();
        _tenants[key] = tenant;
        _bySubscriptionId[tenant.SubscriptionId] = tenant;
        return tenant;
    }
}
