namespace FaceEmulator.ContractTests.Infrastructure;

/// <summary>
/// A fixture with one subscription key of its own, hence its own tenant: its ids and clock are its own and
/// repeatable, however the fixtures around it run.
/// </summary>
public abstract class TenantFixture
{
    /// <summary>Sends the fixture's key with every request.</summary>
    protected HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public void CreateClient() => Client = Emulator.Client(Emulator.KeyFor(this));

    [OneTimeTearDown]
    public void DisposeClient() => Client.Dispose();
}
