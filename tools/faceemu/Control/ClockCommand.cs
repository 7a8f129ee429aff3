using System.CommandLine;
using System.Globalization;
using System.Xml;
using FaceEmulator.Testing;

namespace FaceEmulator.Tool.Control;

/// <summary><c>faceemu clock [--set instant] [--advance duration] [--freeze|--unfreeze]</c>: show or move the tenant's clock.</summary>
internal static class ClockCommand
{
    public static Command Create(ControlRunner runner)
    {
        var set = new Option<string?>("--set") { Description = "An ISO-8601 instant, e.g. 2024-01-01T00:00:00Z (UTC when it has no offset)." };
        var advance = new Option<string?>("--advance") { Description = "An ISO-8601 duration, e.g. PT11M, P2D or -PT1H." };
        var freeze = new Option<bool>("--freeze") { Description = "Stop the clock." };
        var unfreeze = new Option<bool>("--unfreeze") { Description = "Let the clock run again." };
        var command = ControlRunner.WithConnection(new Command("clock", "Show the tenant's virtual clock, or freeze/unfreeze, set and advance it (in that order).")
        {
            set, advance, freeze, unfreeze,
        });
        runner.SetAction(command, async (client, result, output, cancellationToken) =>
        {
            if (result.GetValue(freeze) && result.GetValue(unfreeze))
            {
                throw new UsageException("--freeze and --unfreeze exclude each other.");
            }

            var change = new ClockChange
            {
                Set = result.GetValue(set) is { } instant ? ParseInstant(instant) : null,
                Advance = result.GetValue(advance) is { } duration ? ParseDuration(duration) : null,
                Freeze = result.GetValue(freeze) ? true : result.GetValue(unfreeze) ? false : null,
            };
            var state = change == new ClockChange()
                ? await client.Clock.GetAsync(cancellationToken)
                : await client.Clock.UpdateAsync(change, cancellationToken);
            output.Write(state, ["now", "frozen"], [[state.Now.ToString("O", CultureInfo.InvariantCulture), state.Frozen ? "yes" : "no"]]);
        });
        return command;
    }

    private static DateTimeOffset ParseInstant(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : throw new UsageException($"--set takes an ISO-8601 instant such as 2024-01-01T00:00:00Z, not '{text}'.");

    private static TimeSpan ParseDuration(string text)
    {
        try
        {
            return XmlConvert.ToTimeSpan(text);
        }
        catch (FormatException)
        {
            throw new UsageException($"--advance takes an ISO-8601 duration such as PT11M or P2D, not '{text}'.");
        }
    }
}
