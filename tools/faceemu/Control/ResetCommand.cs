using System.CommandLine;

namespace FaceEmulator.Tool.Control;

/// <summary><c>faceemu reset [--all --admin-key KEY]</c>: forget the tenant, or every tenant.</summary>
internal static class ResetCommand
{
    public static Command Create(ControlRunner runner)
    {
        var all = new Option<bool>("--all") { Description = "Reset every tenant (needs --admin-key, not --key)." };
        var adminKey = new Option<string?>("--admin-key")
        {
            Description = "The emulator's admin key (Emulator:Admin:Key), for --all (env FACE_ADMIN_KEY).",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("FACE_ADMIN_KEY") is { Length: > 0 } key ? key : null,
        };
        var command = ControlRunner.WithConnection(new Command("reset", "Forget the tenant's sessions, clock, scripts, rules, faults and journal.") { all, adminKey });
        runner.SetAction(command, result => !result.GetValue(all), async (client, result, output, cancellationToken) =>
        {
            if (result.GetValue(all))
            {
                // Checked here rather than left to the emulator's 401: the fix is on this command line.
                var key = result.GetValue(adminKey);
                if (string.IsNullOrEmpty(key))
                {
                    throw new UsageException("reset --all acts on every tenant and needs the emulator's admin key: pass --admin-key or set FACE_ADMIN_KEY.");
                }

                await client.ResetAllAsync(key, cancellationToken);
                output.Done("reset every tenant");
                return;
            }

            await client.ResetAsync(cancellationToken);
            output.Done("reset the tenant");
        });
        return command;
    }
}
