using System.CommandLine;
using System.Globalization;
using FaceEmulator.Testing;

namespace FaceEmulator.Tool.Control;

/// <summary><c>faceemu requests [--operation] [--session] [--method] [--limit]</c> and <c>faceemu requests clear</c>: the journal.</summary>
internal static class RequestsCommand
{
    public static Command Create(ControlRunner runner)
    {
        var operation = new Option<string?>("--operation") { Description = "Only this Azure operation, e.g. DeleteLivenessSession." };
        var session = new Option<string?>("--session") { Description = "Only requests for this session id." };
        var method = new Option<string?>("--method") { Description = "Only this HTTP method." };
        var limit = new Option<int?>("--limit") { Description = "Only the newest N." };
        var requests = ControlRunner.WithConnection(new Command("requests", "List the Face requests the tenant sent, newest first; 'clear' empties the journal.")
        {
            operation, session, method, limit,
        });
        runner.SetAction(requests, async (client, result, output, cancellationToken) =>
        {
            var filter = new RequestFilter
            {
                Operation = result.GetValue(operation),
                SessionId = result.GetValue(session),
                Method = result.GetValue(method),
                Limit = result.GetValue(limit),
            };
            var list = await client.Requests.ListAsync(filter, cancellationToken);
            output.Write(list, ["#", "time", "method", "status", "operation", "session", "fault"], list.Select(r => new[]
            {
                CommandOutput.Number(r.Sequence), r.Time.ToString("O", CultureInfo.InvariantCulture), r.Method,
                CommandOutput.Number(r.Status), r.Operation, r.SessionId, r.FaultId,
            }));
        });

        var clear = new Command("clear", "Empty the tenant's journal.");
        runner.SetAction(clear, async (client, _, output, cancellationToken) =>
        {
            await client.Requests.ClearAsync(cancellationToken);
            output.Done("cleared the request journal");
        });
        requests.Add(clear);
        return requests;
    }
}
