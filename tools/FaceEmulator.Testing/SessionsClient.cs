using System.Text.Json;
using System.Text.Json.Nodes;

namespace FaceEmulator.Testing;

/// <summary>Per-session hooks: scripts (<c>/__admin/sessions/{id}/script</c>) and attempts without a token.</summary>
public sealed class SessionsClient
{
    private readonly AdminTransport _transport;

    internal SessionsClient(AdminTransport transport) => _transport = transport;

    /// <summary>The session's next attempts get these outcomes, in order, e.g. <c>ScriptAsync(id, Scenario.ScreenReplay, Scenario.RealFace)</c>.</summary>
    public Task<SessionScript> ScriptAsync(string sessionId, params Outcome[] outcomes) =>
        ScriptAsync(sessionId, (IEnumerable<Outcome>)outcomes, CancellationToken.None);

    public Task<SessionScript> ScriptAsync(string sessionId, IEnumerable<Outcome> outcomes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        return _transport.SendAsync<SessionScript>(HttpMethod.Put, ScriptPath(sessionId), new { outcomes = outcomes.ToList() }, cancellationToken);
    }

    /// <summary>The outcomes the session's script still holds.</summary>
    public Task<SessionScript> GetScriptAsync(string sessionId, CancellationToken cancellationToken = default) =>
        _transport.SendAsync<SessionScript>(HttpMethod.Get, ScriptPath(sessionId), null, cancellationToken);

    public Task ClearScriptAsync(string sessionId, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(HttpMethod.Delete, ScriptPath(sessionId), null, cancellationToken);

    /// <summary>
    /// Makes one attempt, as the device would, without its token. With no <paramref name="outcome"/> the
    /// session's script, the tenant's rules or the default decide.
    /// </summary>
    public async Task<Attempt> AttemptAsync(string sessionId, Outcome? outcome = null, AttemptOptions? options = null, CancellationToken cancellationToken = default)
    {
        var body = outcome is null ? [] : JsonSerializer.SerializeToNode(outcome, AdminTransport.Json)!.AsObject();
        AddText(body, "deviceCorrelationId", options?.DeviceCorrelationId);
        AddText(body, "userCorrelationId", options?.UserCorrelationId);
        AddText(body, "clientIp", options?.ClientIp);
        var json = await _transport.SendAsync<JsonElement>(HttpMethod.Post, $"/__admin/sessions/{AdminTransport.Escape(sessionId)}/attempts", body, cancellationToken)
            .ConfigureAwait(false);
        return Attempt.Parse(json);
    }

    private static string ScriptPath(string sessionId) => $"/__admin/sessions/{AdminTransport.Escape(sessionId)}/script";

    private static void AddText(JsonObject body, string name, string? value)
    {
        if (value is not null)
        {
            body[name] = value;
        }
    }
}

/// <summary>What the device would send along with an attempt.</summary>
public sealed record AttemptOptions
{
    public string? DeviceCorrelationId { get; init; }

    public string? UserCorrelationId { get; init; }

    /// <summary>v1.3 <c>clientInformation[].ip</c>.</summary>
    public string? ClientIp { get; init; }
}

/// <summary>A session's script: the outcomes its next attempts will get.</summary>
public sealed record SessionScript(string SessionId, IReadOnlyList<Outcome> Remaining);
