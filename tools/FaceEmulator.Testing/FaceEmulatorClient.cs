namespace FaceEmulator.Testing;

/// <summary>
/// The typed admin client for one tenant of any running emulator: in-process (<see cref="FaceEmulatorHost"/>),
/// a separate process or a container. The <c>faceemu</c> control verbs are a front-end to it.
/// </summary>
public sealed class FaceEmulatorClient
{
    /// <summary>The header that names the tenant, on Face and admin calls alike.</summary>
    public const string KeyHeader = "Ocp-Apim-Subscription-Key";

    /// <summary>The header that carries the emulator's admin key on calls that span tenants.</summary>
    public const string AdminKeyHeader = "x-emulator-admin-key";

    private readonly AdminTransport _transport;

    /// <param name="httpClient">
    /// Its <see cref="HttpClient.BaseAddress"/> is the emulator, and its default headers carry the tenant's
    /// key (see <see cref="CreateHttpClient"/>). The caller keeps ownership.
    /// </param>
    public FaceEmulatorClient(HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        _transport = new AdminTransport(httpClient);
        Clock = new ClockClient(_transport);
        Sessions = new SessionsClient(_transport);
        Faults = new FaultsClient(_transport);
        Rules = new RulesClient(_transport);
        Requests = new RequestsClient(_transport);
    }

    public HttpClient HttpClient => _transport.Http;

    public ClockClient Clock { get; }

    public SessionsClient Sessions { get; }

    public FaultsClient Faults { get; }

    public RulesClient Rules { get; }

    public RequestsClient Requests { get; }

    /// <summary>What the emulator is and serves: version, API versions, store, and its differences from Azure. Needs no key.</summary>
    public Task<EmulatorInfo> GetInfoAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync<EmulatorInfo>(HttpMethod.Get, "/__admin/info", null, cancellationToken);

    /// <summary>Forgets the tenant: sessions, clock, scripts, rules, faults, journal and settings.</summary>
    public Task ResetAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync(HttpMethod.Post, "/__admin/reset", null, cancellationToken);

    /// <summary>
    /// Forgets every tenant of the emulator. Calls that span tenants need the emulator's admin key
    /// (<c>Emulator:Admin:Key</c>), not a tenant's key; an emulator started without one refuses them (403).
    /// </summary>
    public Task ResetAllAsync(string adminKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(adminKey);
        return _transport.SendAsync(HttpMethod.Post, "/__admin/reset?all=true", null, cancellationToken,
            new Dictionary<string, string> { [AdminKeyHeader] = adminKey });
    }

    /// <summary>An <see cref="HttpClient"/> for <paramref name="endpoint"/> whose every request carries <paramref name="key"/>.</summary>
    /// <param name="handler">The transport, e.g. a test server's handler; null uses the default sockets handler.</param>
    public static HttpClient CreateHttpClient(Uri endpoint, string? key, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var client = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        client.BaseAddress = endpoint;
        if (!string.IsNullOrEmpty(key))
        {
            client.DefaultRequestHeaders.Add(KeyHeader, key);
        }

        return client;
    }
}
