using System.Security.Cryptography;
using System.Text;
using FaceEmulator.Clock;
using FaceEmulator.Decisions;
using FaceEmulator.Determinism;
using FaceEmulator.Faults;
using FaceEmulator.Images;
using FaceEmulator.Journal;
using FaceEmulator.Sessions;
using FaceEmulator.Settings;

namespace FaceEmulator.Tenancy;

/// <summary>
/// Everything that belongs to one subscription key: its sessions, clock, ids and chance. Tenants never
/// see each other's state, so parallel CI jobs can share one emulator by using different keys.
/// </summary>
internal sealed class Tenant
{
    private int _holds;
    private int _retired;

    /// <param name="limits">Null (unit tests): no byte budget.</param>
    /// <param name="total">The emulator-wide budget this tenant's budget draws from.</param>
    public Tenant(string key, DeterminismOptions determinism, TimeProvider baseTime, LimitsOptions? limits = null, MemoryBudget? total = null)
    {
        Key = key;
        SubscriptionId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))[..16]);

        // Each tenant's seed is the configured seed mixed with its key, so tenants replay independently.
        var seed = determinism.EffectiveSeed is { } s
            ? s ^ BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0)
            : RandomNumberGenerator.GetInt32(int.MaxValue);
        Random = new SeededRandomSource(seed);
        Ids = new IdGenerator(determinism.EffectiveIdMode, Random);
        Clock = new VirtualClock(baseTime, determinism.EffectiveStart, determinism.EffectiveFrozen);
        Memory = new MemoryBudget(limits?.MaxTenantBytes ?? long.MaxValue, total);

        // Scripts are kept only for sessions in the store, checked under the decisions gate, which removal also takes.
        Decisions = new DecisionState(HasSession, Memory);
        Sessions = new SessionStore(removed: Decisions.Forget, Memory);
        SessionImages = new SessionImageStore(limits?.MaxSessionImageBytes ?? long.MaxValue, Memory);
        Faults = new FaultRegistry(Memory);
        Journal = new RequestJournal(Memory);
        // The journal is documented to drop its oldest entries, so it gives way before anything is refused.
        Memory.Reclaim = Journal.Shed;
    }

    public string Key { get; }

    /// <summary>The host timestamp of the tenant's latest request, for evicting idle tenants at the tenant cap.</summary>
    public long LastUsed { get; set; }

    /// <summary>32 hex characters, as in the <c>subscription-id</c> claim of Azure's session tokens.</summary>
    public string SubscriptionId { get; }

    public VirtualClock Clock { get; }

    public IRandomSource Random { get; }

    public IIdGenerator Ids { get; }

    public SessionStore Sessions { get; }

    /// <summary>What this tenant holds, in estimated bytes, against <see cref="LimitsOptions.MaxTenantBytes"/>.</summary>
    public MemoryBudget Memory { get; }

    public TenantSettings Settings { get; } = new();

    /// <summary>Session scripts and tenant rules for deciding attempts (Decisions/).</summary>
    public DecisionState Decisions { get; }

    /// <summary>This tenant's verify-image verdicts: per tenant, so no tenant can time another's uploads.</summary>
    public VerdictCache Verdicts { get; } = new();

    /// <summary>Images of completed attempts in sessions with <c>enableSessionImage</c>.</summary>
    public SessionImageStore SessionImages { get; }

    /// <summary>Fault rules for this tenant's Face calls (<c>/__admin/faults</c>).</summary>
    public FaultRegistry Faults { get; }

    /// <summary>The Face calls this tenant made (<c>/__admin/requests</c>).</summary>
    public RequestJournal Journal { get; }

    /// <summary>Whether eviction may consider this tenant: no request holds it and it holds no sessions.</summary>
    public bool IsIdle => Volatile.Read(ref _holds) == 0 && Sessions.Count == 0;

    /// <summary>Marks one more request in flight; <see langword="false"/> once the tenant is retired (evicted or reset).</summary>
    public bool TryHold()
    {
        // Increment, then look: with TryRetireIdle's exchange-then-look, one of the two always sees the other.
        Interlocked.Increment(ref _holds);
        if (Volatile.Read(ref _retired) == 0)
        {
            return true;
        }

        Interlocked.Decrement(ref _holds);
        return false;
    }

    public void Release() => Interlocked.Decrement(ref _holds);

    /// <summary>
    /// Retires the tenant if no request holds it and it holds no sessions. Sessions are only added by requests
    /// that hold the tenant, so once retired with no holds its session count can no longer grow. Registry lock held.
    /// </summary>
    public bool TryRetireIdle()
    {
        Interlocked.Exchange(ref _retired, 1);
        if (Volatile.Read(ref _holds) == 0 && Sessions.Count == 0)
        {
            return true;
        }

        Volatile.Write(ref _retired, 0);
        return false;
    }

    /// <summary>Retires the tenant for good (reset): requests that find it afterwards take the registry's new one.</summary>
    public void Retire() => Interlocked.Exchange(ref _retired, 1);

    private bool HasSession(string sessionId) => Sessions.Find(sessionId) is not null;

    /// <summary>Lets minimal-API handlers take a <see cref="Tenant"/> parameter; the auth middleware resolved it.</summary>
    public static ValueTask<Tenant?> BindAsync(HttpContext context) => ValueTask.FromResult(context.Features.Get<Tenant>());
}
