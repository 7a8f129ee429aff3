using System.Collections.Concurrent;
using FaceEmulator.ContractTests.Infrastructure.Schema;

namespace FaceEmulator.ContractTests.Infrastructure;

/// <summary>
/// The target every test talks to: by default one in-process emulator shared by the whole assembly,
/// started on first use; or a running emulator (<c>FACE_EMULATOR_URL</c>) or real Azure (<c>FACE_ENDPOINT</c>
/// + <c>FACE_KEY</c>), see <see cref="TestTarget"/>. Fixtures isolate themselves the way users do in CI: each
/// takes its own subscription key, hence its own tenant.
/// </summary>
public static class Emulator
{
    // Lazy<T> is thread-safe, and the host is built inside it: WebApplicationFactory builds its host on
    // first use without a lock, and two hosts would mean two token signing keys.
    private static readonly Lazy<EmulatorFactory> s_factory = new(() =>
    {
        var factory = new EmulatorFactory();
        factory.StartServer();
        return factory;
    });

    /// <summary>Logical keys asked for, per test (live mode), to spot tests that need two tenants.</summary>
    private static readonly ConcurrentDictionary<string, string> s_liveKeys = new();

    public static TestTarget Target => TestTarget.Current;

    /// <summary>
    /// The in-process emulator's host, for tests that reach into its services. Any other target ignores the
    /// calling test. For a client without a key (device-side calls, auth tests) use <see cref="AnonymousClient"/>,
    /// which works on every target.
    /// </summary>
    internal static EmulatorFactory Factory
    {
        get
        {
            if (!Target.IsInProcess)
            {
                Assert.Ignore($"needs the in-process emulator's internals; this run targets {Target.Describe()}");
            }

            return s_factory.Value;
        }
    }

    /// <summary>A client whose every request carries <paramref name="key"/> as its subscription key.</summary>
    public static HttpClient Client(string key)
    {
        if (Target.IsLive)
        {
            GuardSingleTenant(key);
        }

        var client = AnonymousClient();
        client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", Target.KeyFor(key));
        return client;
    }

    /// <summary>A client with no subscription key (device-side calls, auth tests), on the same target and checks.</summary>
    public static HttpClient AnonymousClient()
    {
        var handlers = new DelegatingHandler[] { new TargetGuardHandler(Target), new SchemaValidatingHandler(SchemaCatalog.Instance) };
        if (Target.IsInProcess)
        {
            return s_factory.Value.CreateDefaultClient(new Uri("http://localhost"), handlers);
        }

        HttpMessageHandler inner = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) };
        for (var i = handlers.Length - 1; i >= 0; i--)
        {
            handlers[i].InnerHandler = inner;
            inner = handlers[i];
        }

        return new HttpClient(inner) { BaseAddress = Target.BaseAddress, Timeout = TimeSpan.FromSeconds(100) };
    }

    /// <summary>A key unique to the calling fixture, so its ids and clock are its own and repeatable.</summary>
    public static string KeyFor(object fixture) => $"key-{fixture.GetType().Name}";

    internal static async Task StopAsync()
    {
        if (s_factory.IsValueCreated)
        {
            await s_factory.Value.DisposeAsync();
        }
    }

    /// <summary>
    /// Azure has one tenant per resource, so in live mode every key is FACE_KEY: a test that asks for a
    /// second, different key relies on two tenants and is ignored.
    /// </summary>
    private static void GuardSingleTenant(string key)
    {
        var test = TestContext.CurrentContext.Test.ID ?? "";
        var first = s_liveKeys.GetOrAdd(test, key);
        if (first != key)
        {
            Assert.Ignore("relies on two keys being two tenants; an Azure resource is one tenant (live mode uses FACE_KEY for every key)");
        }
    }
}
