using System.CommandLine;
using FaceEmulator.Testing;

namespace FaceEmulator.Tool.Control;

/// <summary><c>faceemu attempt &lt;sessionId&gt; [outcome]</c>: one attempt as the device would make it, without its token.</summary>
internal static class AttemptCommand
{
    public static Command Create(ControlRunner runner)
    {
        var sessionId = new Argument<string>("sessionId") { Description = "The session to attempt." };
        var outcome = new Argument<string?>("outcome")
        {
            Description = OutcomeText.Help + " Omit it to let the session's script, the rules or the default decide.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var sent = new BoundOptions<AttemptOptions>
        {
            { new Option<string?>("--device-correlation-id") { Description = "As the device would send it." }, (a, v) => a with { DeviceCorrelationId = v } },
            { new Option<string?>("--user-correlation-id") { Description = "As the device would send it." }, (a, v) => a with { UserCorrelationId = v } },
            { new Option<string?>("--client-ip") { Description = "v1.3 clientInformation[].ip." }, (a, v) => a with { ClientIp = v } },
        };
        var command = ControlRunner.WithConnection(sent.AddTo(new Command("attempt", "Record one attempt on a session; prints it in the session's family shape.")
        {
            sessionId, outcome,
        }));
        runner.SetAction(command, async (client, result, output, cancellationToken) =>
        {
            var attempt = await client.Sessions.AttemptAsync(
                result.GetRequiredValue(sessionId),
                result.GetValue(outcome) is { } text ? OutcomeText.Parse(text) : null,
                sent.Bind(new AttemptOptions(), result),
                cancellationToken);
            output.Write(attempt.Json, ["attempt", "decision", "error", "matchConfidence", "isIdentical"],
            [
                [CommandOutput.Number(attempt.AttemptId), attempt.LivenessDecision, attempt.ErrorCode,
                    CommandOutput.Number(attempt.MatchConfidence), attempt.IsIdentical?.ToString().ToLowerInvariant()],
            ]);
        });
        return command;
    }
}
