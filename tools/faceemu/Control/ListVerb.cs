using System.CommandLine;
using FaceEmulator.Testing;

namespace FaceEmulator.Tool.Control;

/// <summary>
/// The shape <c>faults</c> and <c>rules</c> share: the verb alone lists the tenant's items (JSON, or a table with
/// one row per item), and the subcommands <c>add</c>, <c>remove &lt;id&gt;</c> and <c>clear</c> change them.
/// A verb's file states only its texts, columns and client calls.
/// </summary>
internal sealed class ListVerb<T>
{
    private readonly ControlRunner _runner;
    private readonly string[] _header;
    private readonly Func<T, string?[]> _row;

    public ListVerb(ControlRunner runner, Command verb, string[] header, Func<T, string?[]> row, Func<FaceEmulatorClient, CancellationToken, Task<IReadOnlyList<T>>> list)
    {
        (_runner, _header, _row) = (runner, header, row);
        Command = ControlRunner.WithConnection(verb);
        runner.SetAction(Command, async (client, _, output, cancellationToken) =>
        {
            var items = await list(client, cancellationToken);
            output.Write(items, _header, items.Select(_row));
        });
    }

    /// <summary>The verb, with the subcommands added so far, in the order they were added.</summary>
    public Command Command { get; }

    /// <summary><c>add</c>, with its own arguments and options: prints the added item.</summary>
    public ListVerb<T> Add(Command add, Func<FaceEmulatorClient, ParseResult, CancellationToken, Task<T>> body)
    {
        _runner.SetAction(add, async (client, result, output, cancellationToken) =>
        {
            var item = await body(client, result, cancellationToken);
            output.Write(item, _header, [_row(item)]);
        });
        Command.Add(add);
        return this;
    }

    /// <summary><c>remove &lt;id&gt;</c>: prints "removed <paramref name="noun"/> &lt;id&gt;".</summary>
    public ListVerb<T> Remove(string idDescription, string description, string noun, Func<FaceEmulatorClient, string, CancellationToken, Task> remove)
    {
        var id = new Argument<string>("id") { Description = idDescription };
        var command = new Command("remove", description) { id };
        _runner.SetAction(command, async (client, result, output, cancellationToken) =>
        {
            await remove(client, result.GetRequiredValue(id), cancellationToken);
            output.Done($"removed {noun} {result.GetRequiredValue(id)}");
        });
        Command.Add(command);
        return this;
    }

    /// <summary><c>clear</c>, as <see cref="ControlRunner.AddClear"/> makes it.</summary>
    public ListVerb<T> Clear(string description, string done, Func<FaceEmulatorClient, CancellationToken, Task> clear)
    {
        _runner.AddClear(Command, description, done, clear);
        return this;
    }
}
