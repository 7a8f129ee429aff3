using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FaceEmulator.ContractTests.Infrastructure;

/// <summary>
/// The emulator in-process, in deterministic mode, with optional extra configuration. Against any other
/// target (<see cref="TestTarget"/>) constructing one ignores the calling test or fixture: settings cannot
/// be given to a process the suite did not start.
/// </summary>
public sealed class EmulatorFactory(IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    private readonly bool _inProcess = RequireInProcess();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (!_inProcess)
        {
            return;
        }

        builder.UseEnvironment("Development");
        builder.UseSetting("Emulator:Deterministic", "true");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }

    private static bool RequireInProcess()
    {
        if (!TestTarget.Current.IsInProcess)
        {
            Assert.Ignore($"starts its own in-process emulator with special settings, which cannot be given to {TestTarget.Current.Describe()}");
        }

        return true;
    }
}
