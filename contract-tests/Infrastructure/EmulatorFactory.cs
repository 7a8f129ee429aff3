using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FaceEmulator.ContractTests.Infrastructure;

/// <summary>
/// The emulator in-process, in deterministic mode, with optional extra configuration. Internal because the
/// emulator keeps its Program internal (see emulator/Program.cs).
/// </summary>
internal sealed class EmulatorFactory(IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Emulator:Deterministic", "true");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }
}
