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
        var freeze = new Option<bool>("--freeze") { Description = "Stop the clock." };
        var unfreeze = new Option<bool>("--unfreeze") { Description = "Let the clock run again." };
        var change = new BoundOptions<ClockChange>
        {
            { new Option<string?>("--set") { Description = "An ISO-8601 instant, e.g. 2024-01-01T00:00:00Z (UTC when it has no offset)." }, (c, v) => c with { Set = v is null ? null : ParseInstant(v) } },
            { new Option<string?>("--advance") { Description = "An ISO-8601 duration, e.g. PT11M, P2D or -PT1H." }, (c, v) => c with { Advance = v is null ? null : ParseDuration(v) } },
            { freeze, (c, v) => v ? c with { Freeze = true } : c },
            { unfreeze, (c, v) => v ? c with { Freeze = false } : c },
        };
        var command = ControlRunner.WithConnection(change.AddTo(new Command("clock", "Show the tenant's virtual clock, or freeze/unfreeze, set and advance it (in that order).")));
        runner.SetAction(command, async (client, result, output, cancellationToken) =>
        {
            if (result.GetValue(freeze) && result.GetValue(unfreeze))
            {
                throw new UsageException("--freeze and --unfreeze exclude each other.");
            }

            var asked = change.Bind(new ClockChange(), result);
            var state = asked == new ClockChange()
                ? await client.Clock.GetAsync(cancellationToken)
                : await client.Clock.UpdateAsync(asked, cancellationToken);
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
