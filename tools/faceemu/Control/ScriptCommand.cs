using System.CommandLine;

namespace FaceEmulator.Tool.Control;

/// <summary><c>faceemu script &lt;sessionId&gt; [outcome...] [--clear]</c>: set, show or clear a session's script.</summary>
internal static class ScriptCommand
{
    public static Command Create(ControlRunner runner)
    {
        var sessionId = new Argument<string>("sessionId") { Description = "The session whose next attempts to script." };
        var outcomes = new Argument<string[]>("outcomes")
        {
            Description = "The next attempts' outcomes, in order. " + OutcomeText.Help + " None: show the script.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var clear = new Option<bool>("--clear") { Description = "Remove the script." };
        var command = ControlRunner.WithConnection(new Command("script", "Set (with outcomes), show (without) or clear a session's script.")
        {
            sessionId, outcomes, clear,
        });
        runner.SetAction(command, async (client, result, output, cancellationToken) =>
        {
            var id = result.GetRequiredValue(sessionId);
            var given = result.GetValue(outcomes) ?? [];
            if (result.GetValue(clear))
            {
                if (given.Length > 0)
                {
                    throw new UsageException("--clear takes no outcomes.");
                }

                await client.Sessions.ClearScriptAsync(id, cancellationToken);
                output.Done($"cleared the script of session {id}");
                return;
            }

            var script = given.Length == 0
                ? await client.Sessions.GetScriptAsync(id, cancellationToken)
                : await client.Sessions.ScriptAsync(id, given.Select(OutcomeText.Parse), cancellationToken);
            output.Write(script, ["next", "outcome"],
                script.Remaining.Select((o, i) => new[] { CommandOutput.Number(i + 1), OutcomeText.Describe(o) }));
        });
        return command;
    }
}
