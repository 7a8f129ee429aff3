using System.Globalization;
using System.Text;

namespace FaceEmulator.Testing;

/// <summary>
/// The tenant's request journal (<c>/__admin/requests</c>): what the code under test sent. For example
/// <c>(await face.Requests.ForSessionAsync(id)).Should().Contain(r => r.Method == "DELETE")</c>.
/// </summary>
public sealed class RequestsClient
{
    private const string Path = "/__admin/requests";
    private readonly AdminTransport _transport;

    internal RequestsClient(AdminTransport transport) => _transport = transport;

    /// <summary>The recorded Face requests, newest first, optionally filtered.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> ListAsync(RequestFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var query = new StringBuilder();
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
            }
        }

        Add("operation", filter?.Operation);
        Add("sessionId", filter?.SessionId);
        Add("method", filter?.Method);
        Add("limit", filter?.Limit?.ToString(CultureInfo.InvariantCulture));
        var list = await _transport.SendAsync<RequestList>(HttpMethod.Get, Path + query, null, cancellationToken).ConfigureAwait(false);
        return list.Requests;
    }

    /// <summary>Every recorded request for <paramref name="sessionId"/> (the create that made it included), newest first.</summary>
    public Task<IReadOnlyList<RecordedRequest>> ForSessionAsync(string sessionId, CancellationToken cancellationToken = default) =>
        ListAsync(new RequestFilter { SessionId = sessionId }, cancellationToken);

    /// <summary>Every recorded request of one Azure operation, e.g. <c>CreateLivenessSession</c>, newest first.</summary>
    public Task<IReadOnlyList<RecordedRequest>> ForOperationAsync(string operation, CancellationToken cancellationToken = default) =>
        ListAsync(new RequestFilter { Operation = operation }, cancellationToken);

    /// <summary>Whether a DELETE of <paramref name="sessionId"/> succeeded.</summary>
    public async Task<bool> WasDeletedAsync(string sessionId, CancellationToken cancellationToken = default) =>
        (await ListAsync(new RequestFilter { SessionId = sessionId, Method = "DELETE" }, cancellationToken).ConfigureAwait(false))
            .Any(r => r.Succeeded);

    /// <summary>Empties the journal.</summary>
    public Task ClearAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync(HttpMethod.Delete, Path, null, cancellationToken);

    private sealed record RequestList(int Total, IReadOnlyList<RecordedRequest> Requests);
}

/// <summary>Journal filters; null members do not filter.</summary>
public sealed record RequestFilter
{
    public string? Operation { get; init; }

    public string? SessionId { get; init; }

    public string? Method { get; init; }

    /// <summary>Keep only the newest N.</summary>
    public int? Limit { get; init; }
}

/// <summary>One Face request the tenant sent.</summary>
/// <param name="Sequence">Counts the tenant's requests from 1.</param>
/// <param name="Operation">The Azure operation name, e.g. <c>DeleteLivenessSession</c>.</param>
/// <param name="SessionId">The session in the route, or the one a create made.</param>
/// <param name="FaultId">The fault rule that answered instead of the emulator, if any.</param>
/// <param name="Time">Arrival on the tenant's virtual clock.</param>
public sealed record RecordedRequest(
    long Sequence,
    string Method,
    string Path,
    string? Query,
    string Operation,
    string? ApiVersion,
    int Status,
    string? SessionId,
    string? FaultId,
    DateTimeOffset Time,
    double DurationMs)
{
    /// <summary>The emulator answered 2xx.</summary>
    public bool Succeeded => Status is >= 200 and < 300;
}
