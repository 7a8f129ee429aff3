using FaceEmulator.Sessions;
using FaceEmulator.Tenancy;

namespace FaceEmulator.QuickLink;

/// <summary>
/// Quick links of every tenant: the page at <c>/?s=&lt;id&gt;</c> carries no key, so the id alone must find
/// the link. A link is bound to one session, opens once, and expires with the session's token. Bounded:
/// at <see cref="Capacity"/>, spent links go first, then the oldest.
/// </summary>
internal sealed class QuickLinkRegistry(TenantRegistry tenants)
{
    public const int Capacity = 10_000;

    private readonly Dictionary<string, Link> _links = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _lock = new();

    /// <summary>A new link for the token's session. Its id comes from the tenant's random source (repeatable when deterministic).</summary>
    public string Create(Tenant tenant, SessionRecord session, string token)
    {
        Span<byte> bytes = stackalloc byte[16];
        tenant.Random.NextBytes(bytes);
        var id = new Guid(bytes).ToString("D");
        lock (_lock)
        {
            if (_links.Count >= Capacity)
            {
                MakeRoom();
            }

            _links[id] = new Link(tenant, session.Id, token, session.TokenExpiresAt);
            _order.Enqueue(id);
        }

        return id;
    }

    /// <summary>Opens the link: the first open of a live link gets it, and spends it.</summary>
    public (QuickLinkState State, Link? Link) Open(string id)
    {
        lock (_lock)
        {
            if (!_links.TryGetValue(id, out var link))
            {
                return (QuickLinkState.Unknown, null);
            }

            if (link.Used)
            {
                return (QuickLinkState.Used, null);
            }

            if (!IsLive(link))
            {
                return (QuickLinkState.Expired, null);
            }

            _links[id] = link with { Used = true };
            return (QuickLinkState.Ready, link);
        }
    }

    /// <summary>Live: the token has not expired on the tenant's clock, and the tenant (not reset since) still holds the session.</summary>
    private bool IsLive(Link link)
    {
        var now = link.Tenant.Clock.GetUtcNow();
        return now < link.ExpiresAt
            && ReferenceEquals(tenants.FindBySubscriptionId(link.Tenant.SubscriptionId), link.Tenant)
            && link.Tenant.Sessions.Find(link.SessionId) is { } session && !session.IsExpiredAt(now);
    }

    private void MakeRoom()
    {
        foreach (var (id, link) in _links.Where(l => l.Value.Used || !IsLive(l.Value)).ToList())
        {
            _links.Remove(id);
        }

        while (_links.Count >= Capacity && _order.TryDequeue(out var oldest))
        {
            _links.Remove(oldest);
        }

        // Ids removed above stay queued until dequeued; drop them so the queue stays as small as the map.
        var kept = _order.Where(_links.ContainsKey).ToList();
        _order.Clear();
        kept.ForEach(_order.Enqueue);
    }

    internal sealed record Link(Tenant Tenant, string SessionId, string Token, DateTimeOffset ExpiresAt, bool Used = false);
}

internal enum QuickLinkState
{
    Unknown,
    Used,
    Expired,
    Ready,
}
