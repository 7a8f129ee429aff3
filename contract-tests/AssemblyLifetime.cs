using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests;

/// <summary>Stops the shared emulator after the last test of the assembly (this namespace covers them all).</summary>
[SetUpFixture]
public sealed class AssemblyLifetime
{
    [OneTimeTearDown]
    public Task StopEmulatorAsync() => Emulator.StopAsync();
}
