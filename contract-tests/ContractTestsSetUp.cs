using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests;

/// <summary>
/// Starts the shared emulator for every test namespace. NUnit scopes a [SetUpFixture] to its own
/// namespace, so the one in Infrastructure/ alone never runs for tests in Clock/, Faults/ and so on.
/// </summary>
[SetUpFixture]
public sealed class ContractTestsSetUp
{
    private readonly Emulator _emulator = new();

    [OneTimeSetUp]
    public void Start() => _emulator.Start();

    [OneTimeTearDown]
    public Task StopAsync() => _emulator.StopAsync();
}
