using System.CommandLine;
using FaceEmulator.Testing;

namespace FaceEmulator.Tool.Control;

/// <summary><c>faceemu rules [add|remove|clear]</c>: the tenant's outcome rules; without a subcommand, lists them.</summary>
internal static class RulesCommand
{
    private static readonly string[] Header = ["id", "match", "outcome", "times", "remaining"];

    public static Command Create(ControlRunner runner)
    {
        var rules = ControlRunner.WithConnection(new Command("rules", "List the tenant's outcome rules (first match wins); add, remove or clear them."));
        runner.SetAction(rules, async (client, _, output, cancellationToken) =>
        {
            var list = await client.Rules.ListAsync(cancellationToken);
            output.Write(list, Header, list.Select(Row));
        });

        var outcome = new Argument<string>("outcome") { Description = OutcomeText.Help };
        var device = new Option<string?>("--device-correlation-id") { Description = "Match sessions of this device." };
        var user = new Option<string?>("--user-correlation-id") { Description = "Match sessions of this user." };
        var mode = new Option<string?>("--operation-mode") { Description = "Match this livenessOperationMode." };
        var kind = new Option<string?>("--session-kind") { Description = "Liveness or LivenessWithVerify." };
        var hash = new Option<string?>("--verify-image-hash") { Description = "Match this verify image (SHA-256, hex)." };
        var times = new Option<int?>("--times") { Description = "Decide at most this many attempts." };
        var add = new Command("add", "Add a rule: sessions that match get this outcome.") { outcome, device, user, mode, kind, hash, times };
        runner.SetAction(add, async (client, result, output, cancellationToken) =>
        {
            var match = new RuleMatch
            {
                DeviceCorrelationId = result.GetValue(device),
                UserCorrelationId = result.GetValue(user),
                LivenessOperationMode = result.GetValue(mode),
                SessionKind = result.GetValue(kind),
                VerifyImageHash = result.GetValue(hash),
            };
            var rule = await client.Rules.AddAsync(match, OutcomeText.Parse(result.GetRequiredValue(outcome)), result.GetValue(times), cancellationToken);
            output.Write(rule, Header, [Row(rule)]);
        });

        var id = new Argument<string>("id") { Description = "The rule's id." };
        var remove = new Command("remove", "Remove one rule.") { id };
        runner.SetAction(remove, async (client, result, output, cancellationToken) =>
        {
            await client.Rules.RemoveAsync(result.GetRequiredValue(id), cancellationToken);
            output.Done($"removed rule {result.GetRequiredValue(id)}");
        });

        var clear = new Command("clear", "Remove every rule of the tenant.");
        runner.SetAction(clear, async (client, _, output, cancellationToken) =>
        {
            await client.Rules.ClearAsync(cancellationToken);
            output.Done("removed every rule");
        });

        rules.Add(add);
        rules.Add(remove);
        rules.Add(clear);
        return rules;
    }

    private static string?[] Row(Rule rule)
    {
        var m = rule.Match;
        var match = string.Join(" ", new[]
        {
            m.DeviceCorrelationId is null ? null : "device=" + m.DeviceCorrelationId,
            m.UserCorrelationId is null ? null : "user=" + m.UserCorrelationId,
            m.LivenessOperationMode is null ? null : "mode=" + m.LivenessOperationMode,
            m.SessionKind is null ? null : "kind=" + m.SessionKind,
            m.VerifyImageHash is null ? null : "image=" + m.VerifyImageHash,
        }.OfType<string>());
        return [rule.Id, match.Length == 0 ? "*" : match, OutcomeText.Describe(rule.Outcome), CommandOutput.Number(rule.Times), CommandOutput.Number(rule.Remaining)];
    }
}
