using System.CommandLine;

namespace FaceEmulator.Tool.Control;

/// <summary><c>faceemu reset [--all]</c>: forget the tenant, or every tenant.</summary>
internal static class ResetCommand
{
    public static Command Create(ControlRunner runner)
    {
        var all = new Option<bool>("--all") { Description = "Reset every tenant (needs no key)." };
        var command = ControlRunner.WithConnection(new Command("reset", "Forget the tenant's sessions, clock, scripts, rules, faults and journal.") { all });
        runner.SetAction(command, result => !result.GetValue(all), async (client, result, output, cancellationToken) =>
        {
            if (result.GetValue(all))
            {
                await client.ResetAllAsync(cancellationToken);
                output.Done("reset every tenant");
                return;
            }

            await client.ResetAsync(cancellationToken);
            output.Done("reset the tenant");
        });
        return command;
    }
}
