using System.CommandLine;
using FaceEmulator.Testing;

namespace FaceEmulator.Tool.Control;

/// <summary><c>faceemu faults [add|remove|clear]</c>: the tenant's fault rules; without a subcommand, lists them.</summary>
internal static class FaultsCommand
{
    private static readonly string[] Header = ["id", "operation", "version", "status", "code", "latencyMs", "probability", "remaining", "injected"];

    public static Command Create(ControlRunner runner)
    {
        var faults = ControlRunner.WithConnection(new Command("faults", "List the tenant's fault rules in evaluation order; add, remove or clear them."));
        runner.SetAction(faults, async (client, _, output, cancellationToken) =>
        {
            var list = await client.Faults.ListAsync(cancellationToken);
            output.Write(list, Header, list.Select(Row));
        });

        var operation = new Argument<string>("operation") { Description = "An Azure operation name (CreateLivenessSession, GetLivenessSessionResult, ...) or '*'." };
        var version = new Option<string?>("--api-version") { Description = "Only this API version, e.g. v1.2." };
        var status = new Option<int?>("--status") { Description = "400-599; omit for a latency-only rule." };
        var code = new Option<string?>("--error-code") { Description = "The envelope's code (default depends on the status)." };
        var message = new Option<string?>("--message") { Description = "The envelope's message." };
        var envelope = new Option<string?>("--envelope") { Description = "azure (default) or gateway." };
        var latency = new Option<int?>("--latency-ms") { Description = "Delay before the fault or the real answer." };
        var probability = new Option<double?>("--probability") { Description = "0-1, from the tenant's seeded random source (default 1)." };
        var count = new Option<int?>("--count") { Description = "Apply at most this many times." };
        var retryAfter = new Option<int?>("--retry-after") { Description = "Retry-After seconds (a 429 always has one, default 1)." };
        var add = new Command("add", "Add a fault rule.") { operation, version, status, code, message, envelope, latency, probability, count, retryAfter };
        runner.SetAction(add, async (client, result, output, cancellationToken) =>
        {
            var rule = new FaultRule(result.GetRequiredValue(operation))
            {
                ApiVersion = result.GetValue(version),
                Status = result.GetValue(status),
                ErrorCode = result.GetValue(code),
                Message = result.GetValue(message),
                Envelope = result.GetValue(envelope),
                LatencyMs = result.GetValue(latency),
                Probability = result.GetValue(probability),
                Count = result.GetValue(count),
                RetryAfterSeconds = result.GetValue(retryAfter),
            };
            var fault = await client.Faults.AddAsync(rule, cancellationToken);
            output.Write(fault, Header, [Row(fault)]);
        });

        var id = new Argument<string>("id") { Description = "The rule's id, e.g. fault-1." };
        var remove = new Command("remove", "Remove one fault rule.") { id };
        runner.SetAction(remove, async (client, result, output, cancellationToken) =>
        {
            await client.Faults.RemoveAsync(result.GetRequiredValue(id), cancellationToken);
            output.Done($"removed fault {result.GetRequiredValue(id)}");
        });

        var clear = new Command("clear", "Remove every fault rule of the tenant.");
        runner.SetAction(clear, async (client, _, output, cancellationToken) =>
        {
            await client.Faults.ClearAsync(cancellationToken);
            output.Done("removed every fault");
        });

        faults.Add(add);
        faults.Add(remove);
        faults.Add(clear);
        return faults;
    }

    private static string?[] Row(Fault f) =>
    [
        f.Id, f.Operation, f.ApiVersion ?? "*", CommandOutput.Number(f.Status), f.ErrorCode,
        CommandOutput.Number(f.LatencyMs), CommandOutput.Number(f.Probability), CommandOutput.Number(f.Remaining), CommandOutput.Number(f.Injected),
    ];
}
