using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FaceEmulator.ContractTests.Infrastructure;

/// <summary>
/// The emulator in-process, in deterministic mode, with optional extra configuration. Against any other
/// target (<see cref="TestTarget"/>) constructing one ignores the calling test: settings cannot be given to
/// a process the suite did not start. Fixtures that keep one in a field are ignored before their set-up
/// runs (<see cref="TargetSkipsAttribute"/>), so their tear-down never meets a missing factory. Internal
/// because the emulator keeps its Program internal (see emulator/Program.cs).
/// </summary>
internal sealed class EmulatorFactory(IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public const string Reason = "starts its own in-process emulator with special settings, which cannot be given to a process the suite did not start";

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
            Assert.Ignore($"{Reason} ({TestTarget.Current.Describe()})");
        }

        return true;
    }
}
