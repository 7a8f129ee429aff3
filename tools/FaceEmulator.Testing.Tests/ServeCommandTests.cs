using System.CommandLine;
using FaceEmulator.Tool;

namespace FaceEmulator.Testing.Tests;

/// <summary>
/// <c>faceemu serve</c>'s command line becomes the emulator host's configuration. Serving itself runs in
/// tools/tool-check, against the installed tool, as README's example.
/// </summary>
public sealed class ServeCommandTests
{
    [Test]
    public void UrlsScenarioAndConfigurationKeys_BecomeHostArguments()
    {
        var root = new RootCommand { ServeCommand.Create() };
        var serve = (Command)root.Subcommands.Single(c => c.Name == "serve");

        var parse = root.Parse(["serve", "--urls", "http://127.0.0.1:0", "--Emulator:Deterministic=true", "--scenario", "qa.json", "--Emulator:Limits:MaxTenants", "5"]);

        parse.Errors.Should().BeEmpty();
        var hostArgs = ServeCommand.HostArgs(parse, (Option<string?>)serve.Options.Single(o => o.Name == "--urls"), (Option<FileInfo?>)serve.Options.Single(o => o.Name == "--scenario"));
        hostArgs.Should().Equal(
            "--Emulator:Deterministic=true", "--Emulator:Limits:MaxTenants", "5",
            "--urls", "http://127.0.0.1:0",
            $"--Emulator:ScenarioFile={Path.GetFullPath("qa.json")}");
    }

    [Test]
    public void NoOptions_GiveNoHostArguments()
    {
        var root = new RootCommand { ServeCommand.Create() };
        var serve = (Command)root.Subcommands.Single(c => c.Name == "serve");

        var parse = root.Parse(["serve"]);

        ServeCommand.HostArgs(parse, (Option<string?>)serve.Options.Single(o => o.Name == "--urls"), (Option<FileInfo?>)serve.Options.Single(o => o.Name == "--scenario"))
            .Should().BeEmpty();
    }
}
