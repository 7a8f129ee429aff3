using System.CommandLine;
using FaceEmulator.Testing;

namespace FaceEmulator.Tool.Control;

/// <summary>
/// The control verbs (clock, attempt, script, rules, faults, requests, reset): a command-line front-end to
/// FaceEmulator.Testing's <see cref="FaceEmulatorClient"/>, against any emulator URL.
/// </summary>
internal static class ControlCommands
{
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>Opens the connection; tests pass one that reaches an in-process emulator.</summary>
    public delegate HttpClient Connect(Uri url, string? key);

    public static HttpClient ConnectOverNetwork(Uri url, string? key) => FaceEmulatorClient.CreateHttpClient(url, key);

    public static void AddTo(Command root, Connect connect)
    {
        ArgumentNullException.ThrowIfNull(root);
        var runner = new ControlRunner(connect);
        root.Add(ClockCommand.Create(runner));
        root.Add(AttemptCommand.Create(runner));
        root.Add(ScriptCommand.Create(runner));
        root.Add(RulesCommand.Create(runner));
        root.Add(FaultsCommand.Create(runner));
        root.Add(RequestsCommand.Create(runner));
        root.Add(ResetCommand.Create(runner));
    }
}

/// <summary>A mistake on the command line that the emulator never sees; exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>Adds the connection options to a verb and runs its body with an admin client, mapping failures to exit codes.</summary>
internal sealed class ControlRunner(ControlCommands.Connect connect)
{
    private const string UrlOption = "--url";
    private const string KeyOption = "--key";
    private const string OutputOption = "--output";

    /// <summary><c>--url</c>, <c>--key</c> and <c>--output</c> on <paramref name="verb"/> and its subcommands.</summary>
    public static Command WithConnection(Command verb)
    {
        ArgumentNullException.ThrowIfNull(verb);
        verb.Add(new Option<string>(UrlOption)
        {
            Description = $"The emulator's address (env FACE_EMULATOR_URL; default {ControlCommands.DefaultUrl}).",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("FACE_EMULATOR_URL") is { Length: > 0 } url ? url : ControlCommands.DefaultUrl,
            Recursive = true,
        });
        verb.Add(new Option<string?>(KeyOption)
        {
            Description = "The subscription key, which names the tenant (env FACE_KEY).",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("FACE_KEY") is { Length: > 0 } key ? key : null,
            Recursive = true,
        });
        var output = new Option<string>(OutputOption, "-o")
        {
            Description = "json (pretty, default) or table.",
            DefaultValueFactory = _ => "json",
            Recursive = true,
        };
        output.AcceptOnlyFromAmong("json", "table");
        verb.Add(output);
        return verb;
    }

    /// <param name="needsKey">False only for calls that act on every tenant (<c>reset --all</c>).</param>
    public void SetAction(Command command, Func<ParseResult, bool> needsKey, Func<FaceEmulatorClient, ParseResult, CommandOutput, CancellationToken, Task> body)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var error = result.InvocationConfiguration.Error;
            var output = new CommandOutput(result.InvocationConfiguration.Output, result.GetValue<string>(OutputOption) == "table");
            var text = result.GetValue<string>(UrlOption);
            if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                await error.WriteLineAsync($"faceemu: --url must be an http(s) address, not '{text}'.");
                return 2;
            }

            var key = result.GetValue<string?>(KeyOption);
            if (needsKey(result) && string.IsNullOrEmpty(key))
            {
                await error.WriteLineAsync("faceemu: a subscription key names the tenant: pass --key or set FACE_KEY.");
                return 2;
            }

            using var http = connect(url, key);
            try
            {
                await body(new FaceEmulatorClient(http), result, output, cancellationToken);
                return 0;
            }
            catch (UsageException ex)
            {
                await error.WriteLineAsync($"faceemu: {ex.Message}");
                return 2;
            }
            catch (FaceEmulatorException ex)
            {
                await error.WriteLineAsync($"faceemu: {ex.Message}");
                return 1;
            }
            catch (HttpRequestException ex)
            {
                await error.WriteLineAsync($"faceemu: cannot reach the emulator at {url}: {ex.Message}");
                return 1;
            }
        });
    }

    public void SetAction(Command command, Func<FaceEmulatorClient, ParseResult, CommandOutput, CancellationToken, Task> body) =>
        SetAction(command, _ => true, body);

    /// <summary>Adds a <c>clear</c> subcommand to <paramref name="verb"/> that runs <paramref name="clear"/> and prints <paramref name="done"/>.</summary>
    public void AddClear(Command verb, string description, string done, Func<FaceEmulatorClient, CancellationToken, Task> clear)
    {
        ArgumentNullException.ThrowIfNull(verb);
        var command = new Command("clear", description);
        SetAction(command, async (client, _, output, cancellationToken) =>
        {
            await clear(client, cancellationToken);
            output.Done(done);
        });
        verb.Add(command);
    }
}
