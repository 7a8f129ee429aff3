namespace FaceEmulator.ContractTests.Infrastructure;

/// <summary>
/// Base of the fixtures that start their own in-process emulator with special settings: it starts one per
/// fixture (or, with <paramref name="perTest"/>, a fresh one per test, for tests that fill the emulator up)
/// and disposes it afterwards. Against any other target these fixtures are ignored with the reason before
/// their set-up runs (<see cref="TargetSkipsAttribute"/>).
/// </summary>
public abstract class OwnEmulatorFixture(IReadOnlyDictionary<string, string?>? settings = null, bool perTest = false)
{
    private EmulatorFactory? _factory;

    /// <summary>A client of this fixture's emulator that sends <paramref name="key"/> as its subscription key.</summary>
    protected HttpClient Client(string key)
    {
        var client = AnonymousClient();
        client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", key);
        return client;
    }

    /// <summary>A client of this fixture's emulator without a subscription key.</summary>
    protected HttpClient AnonymousClient() =>
        (_factory ?? throw new InvalidOperationException("The fixture's emulator is not running.")).CreateClient();

    [OneTimeSetUp]
    public void StartOwnEmulator()
    {
        if (!perTest)
        {
            _factory = new EmulatorFactory(settings);
        }
    }

    [SetUp]
    public void StartOwnEmulatorForTest()
    {
        if (perTest)
        {
            _factory = new EmulatorFactory(settings);
        }
    }

    [TearDown]
    public Task StopOwnEmulatorForTestAsync() => perTest ? StopAsync() : Task.CompletedTask;

    [OneTimeTearDown]
    public Task StopOwnEmulatorAsync() => StopAsync();

    private async Task StopAsync()
    {
        if (_factory is { } factory)
        {
            _factory = null;
            await factory.DisposeAsync();
        }
    }
}
