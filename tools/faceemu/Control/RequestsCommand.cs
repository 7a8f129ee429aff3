using System.CommandLine;
using System.Globalization;
using FaceEmulator.Testing;

namespace FaceEmulator.Tool.Control;

/// <summary><c>faceemu requests [--operation] [--session] [--method] [--limit]</c> and <c>faceemu requests clear</c>: the journal.</summary>
internal static class RequestsCommand
{
    public static Command Create(ControlRunner runner)
    {
        var filter = new BoundOptions<RequestFilter>
        {
            { new Option<string?>("--operation") { Description = "Only this Azure operation, e.g. DeleteLivenessSession." }, (f, v) => f with { Operation = v } },
            { new Option<string?>("--session") { Description = "Only requests for this session id." }, (f, v) => f with { SessionId = v } },
            { new Option<string?>("--method") { Description = "Only this HTTP method." }, (f, v) => f with { Method = v } },
            { new Option<int?>("--limit") { Description = "Only the newest N." }, (f, v) => f with { Limit = v } },
        };
        var requests = ControlRunner.WithConnection(filter.AddTo(new Command("requests", "List the Face requests the tenant sent, newest first; 'clear' empties the journal.")));
        runner.SetAction(requests, async (client, result, output, cancellationToken) =>
        {
            var list = await client.Requests.ListAsync(filter.Bind(new RequestFilter(), result), cancellationToken);
            output.Write(list, ["#", "time", "method", "status", "operation", "session", "fault"], list.Select(r => new[]
            {
                CommandOutput.Number(r.Sequence), r.Time.ToString("O", CultureInfo.InvariantCulture), r.Method,
                CommandOutput.Number(r.Status), r.Operation, r.SessionId, r.FaultId,
            }));
        });

        runner.AddClear(requests, "Empty the tenant's journal.", "cleared the request journal", (client, cancellationToken) => client.Requests.ClearAsync(cancellationToken));
        return requests;
    }
}
