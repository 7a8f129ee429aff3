using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace FaceEmulator.Tool;

/// <summary>
/// <c>faceemu serve</c>: runs the emulator itself, configured as the container and <c>dotnet run --project emulator</c>
/// are: <c>--urls</c>, any <c>--Emulator:…</c> key (unknown tokens pass through to ASP.NET configuration), the
/// environment (<c>Emulator__…</c>, <c>ASPNETCORE_URLS</c>, <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>) and a scenario file.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = $"Where to listen (default {EmulatorSetup.DefaultUrl}); as ASPNETCORE_URLS." };
        var scenario = new Option<FileInfo?>("--scenario") { Description = "A scenario file (Emulator:ScenarioFile): the state every tenant starts in." };
        var command = new Command("serve", "Runs the emulator. Any configuration key also works as --Emulator:Deterministic=true, or from the environment as Emulator__Deterministic=true.")
        {
            urls, scenario,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, cancel) => RunAsync(HostArgs(parse, urls, scenario), cancel));
        return command;
    }

    /// <summary>The emulator host's arguments: the tokens serve does not know, then its own options as configuration.</summary>
    internal static string[] HostArgs(ParseResult parse, Option<string?> urls, Option<FileInfo?> scenario)
    {
        ArgumentNullException.ThrowIfNull(parse);
        List<string> hostArgs = [.. parse.UnmatchedTokens];
        if (parse.GetValue(urls) is { } address)
        {
            hostArgs.AddRange(["--urls", address]);
        }

        if (parse.GetValue(scenario) is { } file)
        {
            // Absolute, so the file is found whatever the host's content root is.
            hostArgs.Add($"--Emulator:ScenarioFile={file.FullName}");
        }

        return [.. hostArgs];
    }

    public static async Task<int> RunAsync(string[] args, CancellationToken cancel)
    {
        // The tool's own folder is the content root, so the emulator's appsettings.json (copied beside the tool) applies
        // as it does in the container, and an unrelated appsettings.json in the caller's directory does not.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.AddFaceEmulator();
        await using var app = builder.Build();
        app.UseFaceEmulator();
        app.MapFaceEmulator();
        // The host's RunAsync(CancellationToken): WebApplication's own RunAsync takes a URL.
        await HostingAbstractionsHostExtensions.RunAsync(app, cancel);
        return 0;
    }
}
