using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace LivenessAppServer;

/// <summary>
/// The app server's side of a liveness check, as a team would write it against Azure AI Face v1.2:
/// create a session, hand its token to the phone, read the result, delete the session.
/// </summary>
public sealed class LivenessService(HttpClient face)
{
    private const string Sessions = "/face/v1.2/detectLiveness-sessions";

    /// <summary>Creates a session; the phone gets <see cref="LivenessCheck.AuthToken"/>, never the key.</summary>
    public async Task<LivenessCheck> StartCheckAsync(string deviceId, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject { ["livenessOperationMode"] = "PassiveActive", ["deviceCorrelationId"] = deviceId };
        using var response = await face.PostAsJsonAsync(Sessions, body, cancellationToken);
        response.EnsureSuccessStatusCode();
        var session = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        return new LivenessCheck(session!["sessionId"]!.GetValue<string>(), session["authToken"]!.GetValue<string>());
    }

    /// <summary>Reads the latest attempt; once there is one, deletes the session (Azure keeps it 48 h otherwise).</summary>
    public async Task<Verdict> FinishCheckAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        var session = await face.GetFromJsonAsync<JsonObject>($"{Sessions}/{sessionId}", cancellationToken);
        var latest = session!["results"]?["attempts"]?.AsArray().FirstOrDefault();
        if (latest is null)
        {
            return Verdict.Pending;
        }

        using var deleted = await face.DeleteAsync($"{Sessions}/{sessionId}", cancellationToken);
        deleted.EnsureSuccessStatusCode();
        return latest["result"]?["livenessDecision"]?.GetValue<string>() switch
        {
            "realface" => Verdict.Live,
            "spoofface" => Verdict.Spoof,
            _ => Verdict.Retry,
        };
    }
}

public sealed record LivenessCheck(string SessionId, string AuthToken);

public enum Verdict
{
    Pending,
    Live,
    Spoof,
    Retry,
}
