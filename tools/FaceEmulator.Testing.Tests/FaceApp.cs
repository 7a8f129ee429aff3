using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FaceEmulator.Testing.Tests;

/// <summary>The Face calls an app server makes, kept raw so the tests show the wire.</summary>
internal static class FaceApp
{
    public static async Task<string> CreateSessionAsync(HttpClient client, string version = "v1.2", string device = "device-1")
    {
        var path = version is "v1.2" or "v1.3-preview.1"
            ? $"/face/{version}/detectLiveness-sessions"
            : $"/face/{version}/detectLiveness/singleModal/sessions";
        var body = new JsonObject { ["livenessOperationMode"] = "Passive", ["deviceCorrelationId"] = device };
        if (version == "v1.3-preview.1")
        {
            body["userCorrelationId"] = "user-1";
        }

        using var response = await client.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadFromJsonAsync<JsonObject>();
        return json!["sessionId"]!.GetValue<string>();
    }

    public static async Task<JsonObject> GetSessionAsync(HttpClient client, string sessionId)
    {
        using var response = await client.GetAsync(new Uri($"/face/v1.2/detectLiveness-sessions/{sessionId}", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
