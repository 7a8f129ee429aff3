using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace FaceEmulator.Testing;

/// <summary>
/// One emulator for a test: <c>await using var face = await FaceEmulatorHost.StartAsync();</c>. It is built from
/// the emulator's public <see cref="EmulatorSetup"/> extensions, in-process with no port by default. Each host
/// has its own state, and <see cref="Key"/> names a fresh tenant, so parallel tests never share anything.
/// </summary>
public sealed class FaceEmulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TestServer? _server;
    private readonly FaceEmulatorClient _admin;

    private FaceEmulatorHost(WebApplication app, TestServer? server, Uri endpoint, string key)
    {
        _app = app;
        _server = server;
        Endpoint = endpoint;
        Key = key;
        _admin = new FaceEmulatorClient(CreateClient(key));
    }

    /// <summary>The emulator's address: <c>http://localhost/</c> in-process, <c>http://127.0.0.1:{port}/</c> on a loopback port.</summary>
    public Uri Endpoint { get; }

    /// <summary>This host's tenant: the subscription key that <see cref="HttpClient"/> and the admin members use.</summary>
    public string Key { get; }

    /// <summary>A client for <see cref="Endpoint"/> whose requests carry <see cref="Key"/>; owned by the host.</summary>
    public HttpClient HttpClient => _admin.HttpClient;

    /// <summary>The emulator's services, for the rare test that needs them.</summary>
    public IServiceProvider Services => _app.Services;

    public ClockClient Clock => _admin.Clock;

    public SessionsClient Sessions => _admin.Sessions;

    public FaultsClient Faults => _admin.Faults;

    public RulesClient Rules => _admin.Rules;

    public RequestsClient Requests => _admin.Requests;

    /// <summary>The typed admin client of this host's tenant.</summary>
    public FaceEmulatorClient Admin => _admin;

    public static async Task<FaceEmulatorHost> StartAsync(FaceEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new FaceEmulatorOptions();
        var app = Build(options);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var server = options.UseLoopbackPort ? null : app.GetTestServer();
            var endpoint = server?.BaseAddress ?? new Uri(app.Urls.First().TrimEnd('/') + "/");
            return new FaceEmulatorHost(app, server, endpoint, options.Key ?? $"test-{Guid.NewGuid():N}");
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Resets this host's tenant (sessions, clock, scripts, rules, faults, journal).</summary>
    public Task ResetAsync(CancellationToken cancellationToken = default) => _admin.ResetAsync(cancellationToken);

    /// <summary>
    /// A handler that reaches the emulator: the test server's in-process, a sockets handler on a loopback port.
    /// Give it to the code under test's <see cref="HttpClient"/> (or <c>IHttpClientFactory</c>); the caller disposes it.
    /// </summary>
    public HttpMessageHandler CreateHandler() => _server?.CreateHandler() ?? new SocketsHttpHandler();

    /// <summary>A new client for <see cref="Endpoint"/> carrying <paramref name="key"/> (default: <see cref="Key"/>); the caller disposes it.</summary>
    public HttpClient CreateClient(string? key = null)
    {
        var client = new HttpClient(CreateHandler()) { BaseAddress = Endpoint };
        client.DefaultRequestHeaders.Add(FaceEmulatorClient.KeyHeader, key ?? Key);
        return client;
    }

    /// <summary>The admin client of another tenant of this emulator; dispose its <see cref="FaceEmulatorClient.HttpClient"/>.</summary>
    public FaceEmulatorClient ForTenant(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return new FaceEmulatorClient(CreateClient(key));
    }

    public async ValueTask DisposeAsync()
    {
        _admin.HttpClient.Dispose();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static WebApplication Build(FaceEmulatorOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(EmulatorSetup).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = options.EnvironmentName,
        });

        // Only the options configure the emulator: no appsettings.json of the test project, no environment variables.
        builder.Configuration.Sources.Clear();
        var settings = new Dictionary<string, string?>(options.Settings, StringComparer.OrdinalIgnoreCase);
        if (options.Deterministic)
        {
            settings["Emulator:Deterministic"] = "true";
        }

        if (options.ScenarioFile is not null)
        {
            settings["Emulator:ScenarioFile"] = options.ScenarioFile;
        }

        settings["urls"] = options.UseLoopbackPort ? "http://127.0.0.1:0" : "http://localhost";
        builder.Configuration.AddInMemoryCollection(settings);

        builder.Logging.ClearProviders();
        options.ConfigureLogging?.Invoke(builder.Logging);
        if (!options.UseLoopbackPort)
        {
            builder.WebHost.UseTestServer();
        }

        builder.AddFaceEmulator();
        options.ConfigureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseFaceEmulator();
        app.MapFaceEmulator();
        return app;
    }
}
