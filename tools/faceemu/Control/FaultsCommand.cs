using System.CommandLine;
using FaceEmulator.Testing;

namespace FaceEmulator.Tool.Control;

/// <summary><c>faceemu faults [add|remove|clear]</c>: the tenant's fault rules; without a subcommand, lists them.</summary>
internal static class FaultsCommand
{
    private static readonly string[] Header = ["id", "operation", "version", "status", "code", "latencyMs", "probability", "remaining", "injected"];

    public static Command Create(ControlRunner runner)
    {
        var operation = new Argument<string>("operation") { Description = "An Azure operation name (CreateLivenessSession, GetLivenessSessionResult, ...) or '*'." };
        var rule = new BoundOptions<FaultRule>
        {
            { new Option<string?>("--api-version") { Description = "Only this API version, e.g. v1.2." }, (r, v) => r with { ApiVersion = v } },
            { new Option<int?>("--status") { Description = "400-599; omit for a latency-only rule." }, (r, v) => r with { Status = v } },
            { new Option<string?>("--error-code") { Description = "The envelope's code (default depends on the status)." }, (r, v) => r with { ErrorCode = v } },
            { new Option<string?>("--message") { Description = "The envelope's message." }, (r, v) => r with { Message = v } },
            { new Option<string?>("--envelope") { Description = "azure (default) or gateway." }, (r, v) => r with { Envelope = v } },
            { new Option<int?>("--latency-ms") { Description = "Delay before the fault or the real answer." }, (r, v) => r with { LatencyMs = v } },
            { new Option<double?>("--probability") { Description = "0-1, from the tenant's seeded random source (default 1)." }, (r, v) => r with { Probability = v } },
            { new Option<int?>("--count") { Description = "Apply at most this many times." }, (r, v) => r with { Count = v } },
            { new Option<int?>("--retry-after") { Description = "Retry-After seconds (a 429 always has one, default 1)." }, (r, v) => r with { RetryAfterSeconds = v } },
        };

        return new ListVerb<Fault>(
                runner,
                new Command("faults", "List the tenant's fault rules in evaluation order; add, remove or clear them."),
                Header,
                Row,
                (client, cancellationToken) => client.Faults.ListAsync(cancellationToken))
            .Add(rule.AddTo(new Command("add", "Add a fault rule.") { operation }), (client, result, cancellationToken) =>
                client.Faults.AddAsync(rule.Bind(new FaultRule(result.GetRequiredValue(operation)), result), cancellationToken))
            .Remove("The rule's id, e.g. fault-1.", "Remove one fault rule.", "fault", (client, id, cancellationToken) => client.Faults.RemoveAsync(id, cancellationToken))
            .Clear("Remove every fault rule of the tenant.", "removed every fault", (client, cancellationToken) => client.Faults.ClearAsync(cancellationToken))
            .Command;
    }

    private static string?[] Row(Fault f) =>
    [
        f.Id, f.Operation, f.ApiVersion ?? "*", CommandOutput.Number(f.Status), f.ErrorCode,
        CommandOutput.Number(f.LatencyMs), CommandOutput.Number(f.Probability), CommandOutput.Number(f.Remaining), CommandOutput.Number(f.Injected),
    ];
}
