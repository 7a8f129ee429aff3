using System.CommandLine;
using FaceEmulator.Testing;

namespace FaceEmulator.Tool.Control;

/// <summary><c>faceemu rules [add|remove|clear]</c>: the tenant's outcome rules; without a subcommand, lists them.</summary>
internal static class RulesCommand
{
    private static readonly string[] Header = ["id", "match", "outcome", "times", "remaining"];

    public static Command Create(ControlRunner runner)
    {
        var outcome = new Argument<string>("outcome") { Description = OutcomeText.Help };
        var match = new BoundOptions<RuleMatch>
        {
            { new Option<string?>("--device-correlation-id") { Description = "Match sessions of this device." }, (m, v) => m with { DeviceCorrelationId = v } },
            { new Option<string?>("--user-correlation-id") { Description = "Match sessions of this user." }, (m, v) => m with { UserCorrelationId = v } },
            { new Option<string?>("--operation-mode") { Description = "Match this livenessOperationMode." }, (m, v) => m with { LivenessOperationMode = v } },
            { new Option<string?>("--session-kind") { Description = "Liveness or LivenessWithVerify." }, (m, v) => m with { SessionKind = v } },
            { new Option<string?>("--verify-image-hash") { Description = "Match this verify image (SHA-256, hex)." }, (m, v) => m with { VerifyImageHash = v } },
        };
        var times = new Option<int?>("--times") { Description = "Decide at most this many attempts." };
        var add = match.AddTo(new Command("add", "Add a rule: sessions that match get this outcome.") { outcome });
        add.Add(times);

        return new ListVerb<Rule>(
                runner,
                new Command("rules", "List the tenant's outcome rules (first match wins); add, remove or clear them."),
                Header,
                Row,
                (client, cancellationToken) => client.Rules.ListAsync(cancellationToken))
            .Add(add, (client, result, cancellationToken) =>
                client.Rules.AddAsync(match.Bind(new RuleMatch(), result), OutcomeText.Parse(result.GetRequiredValue(outcome)), result.GetValue(times), cancellationToken))
            .Remove("The rule's id.", "Remove one rule.", "rule", (client, id, cancellationToken) => client.Rules.RemoveAsync(id, cancellationToken))
            .Clear("Remove every rule of the tenant.", "removed every rule", (client, cancellationToken) => client.Rules.ClearAsync(cancellationToken))
            .Command;
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
