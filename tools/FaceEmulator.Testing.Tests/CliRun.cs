using System.CommandLine;
using FaceEmulator.Tool.Control;

namespace FaceEmulator.Testing.Tests;

/// <summary>Runs faceemu's control verbs against an in-process emulator, as a user's shell would against a URL.</summary>
internal sealed class CliRun : IAsyncDisposable
{
    private readonly HttpMessageHandler _handler;

    private CliRun(FaceEmulatorHost face)
    {
        Face = face;
        _handler = face.CreateHandler();
    }

    public FaceEmulatorHost Face { get; }

    /// <param name="adminKey">The emulator's <c>Emulator:Admin:Key</c>; none by default, as the emulator's own default.</param>
    public static async Task<CliRun> StartAsync(string? adminKey = null) => new(await FaceEmulatorHost.StartAsync(new FaceEmulatorOptions
    {
        Settings = adminKey is null ? new Dictionary<string, string?>() : new Dictionary<string, string?> { ["Emulator:Admin:Key"] = adminKey },
    }));

    /// <summary>faceemu with <paramref name="args"/> plus <c>--key</c> of the host's tenant.</summary>
    public Task<CliResult> RunAsync(params string[] args) => RunWithoutKeyAsync([.. args, "--key", Face.Key]);

    public async Task<CliResult> RunWithoutKeyAsync(params string[] args)
    {
        var root = new RootCommand();
        ControlCommands.AddTo(root, (url, key) => FaceEmulatorClient.CreateHttpClient(url, key, _handler));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        _handler.Dispose();
        await Face.DisposeAsync();
    }
}

internal sealed record CliResult(int Exit, string Output, string Error)
{
    public CliResult ShouldSucceed()
    {
        Exit.Should().Be(0, Error);
        return this;
    }

    /// <summary>Exited with <paramref name="exit"/> (1: the emulator refused or was unreachable; 2: a usage mistake) and said each of <paramref name="inError"/> on stderr.</summary>
    public CliResult ShouldFail(int exit, params string[] inError)
    {
        Exit.Should().Be(exit, Error);
        foreach (var text in inError)
        {
            Error.Should().Contain(text);
        }

        return this;
    }
}
