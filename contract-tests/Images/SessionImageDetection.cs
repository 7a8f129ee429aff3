using System.Text;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Images;

/// <summary>Helpers for <c>POST /detect</c> with a session image id, and for making such an image.</summary>
public static class SessionImageDetection
{
    /// <summary>The versions that have DetectFromSessionImageId: one classic, two of the attempts family.</summary>
    public static readonly string[] Versions = ["v1.2-preview.1", "v1.2", "v1.3-preview.1"];

    /// <summary>Creates a session with <c>enableSessionImage</c>, adds one attempt through the admin API, returns its image id.</summary>
    public static async Task<string> NewSessionImageAsync(this HttpClient client, string version, object? outcome = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var (sessionId, _) = await client.CreateSessionAsync(version, extra: new Dictionary<string, object> { ["enableSessionImage"] = true });
        var attempt = await client.AdminAttemptAsync(sessionId, outcome);
        return DeviceHttp.IsClassic(version) ? attempt.Text("sessionImageId") : attempt.Text("result.sessionImageId");
    }

    public static Task<FaceResponse> DetectAsync(this HttpClient client, string version, string sessionImageId, string query = "") =>
        client.PostFaceJsonAsync(DetectPath(version, query), new { sessionImageId });

    public static Task<FaceResponse> DetectRawAsync(this HttpClient client, string version, string body, string mediaType = "application/json") =>
        client.SendFaceAsync(HttpMethod.Post, DetectPath(version, string.Empty), new StringContent(body, Encoding.UTF8, mediaType));

    public static string DetectPath(string version, string query) => $"/face/{version}/detect{(query.Length > 0 ? "?" + query : string.Empty)}";

    /// <summary>An admin outcome that makes the attempt report this face (and so the image hold it).</summary>
    public static object FaceAt(int top, int left, int width, int height) =>
        new { decision = "realface", faceRectangle = new { top, left, width, height } };
}
