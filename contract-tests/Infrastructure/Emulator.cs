namespace FaceEmulator.ContractTests.Infrastructure;

/// <summary>
/// One in-process emulator shared by the whole assembly. Fixtures isolate themselves the way users
/// do in CI: each takes its own subscription key, hence its own tenant.
/// </summary>
[SetUpFixture]
public sealed class Emulator
{
    private static readonly Lock s_lock = new();
    private static EmulatorFactory? s_factory;

    /// <summary>
    /// Started on first use: an NUnit [SetUpFixture] only covers its own namespace (Infrastructure), so
    /// fixtures in feature namespaces (DeviceSide, Decisions...) would otherwise find it unstarted.
    /// </summary>
    public static EmulatorFactory Factory
    {
        get
        {
            lock (s_lock)
            {
                if (s_factory is null)
                {
                    // Build the host here, under the lock: WebApplicationFactory builds it lazily and not
                    // thread-safely, and two hosts would mean two token signing keys.
                    var factory = new EmulatorFactory();
                    _ = factory.Server;
                    s_factory = factory;
                }

                return s_factory;
            }
        }
    }

    /// <summary>A client whose every request carries <paramref name="key"/> as its subscription key.</summary>
    public static HttpClient Client(string key)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", key);
        return client;
    }

    /// <summary>A key unique to the calling fixture, so its ids and clock are its own and repeatable.</summary>
    public static string KeyFor(object fixture) => $"key-{fixture.GetType().Name}";

    [OneTimeSetUp]
    public void Start() => _ = Factory;

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (s_factory is not null)
        {
            await s_factory.DisposeAsync();
        }
    }
}
