namespace FaceEmulator.ContractTests.Infrastructure;

/// <summary>
/// A <see cref="TenantFixture"/> that also plays the device: <see cref="TenantFixture.Client"/> creates sessions with
/// the fixture's key, and <see cref="Device"/> calls the device side with their tokens and no key.
/// </summary>
public abstract class DeviceTenantFixture : TenantFixture
{
    /// <summary>Sends no subscription key: device calls carry the session token instead.</summary>
    protected HttpClient Device { get; private set; } = null!;

    [OneTimeSetUp]
    public void CreateDeviceClient() => Device = Emulator.AnonymousClient();

    [OneTimeTearDown]
    public void DisposeDeviceClient() => Device.Dispose();
}
