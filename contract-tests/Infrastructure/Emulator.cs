namespace FaceEmulator.ContractTests.Infrastructure;

/// <summary>
/// One in-process emulator shared by the whole assembly, started on first use. Fixtures isolate
/// themselves the way users do in CI: each takes its own subscription key, hence its own tenant.
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

    internal static EmulatorFactory Factory => s_factory.Value;

    /// <summary>A client whose every request carries <paramref name="key"/> as its subscription key.</summary>
    public static HttpClient Client(string key)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", key);
        return client;
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
}
