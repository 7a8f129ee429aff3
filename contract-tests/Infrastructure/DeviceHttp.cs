using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace FaceEmulator.ContractTests.Infrastructure;

/// <summary>Helpers for device-side calls (session token, no key) and the attempt/script/rules admin API.</summary>
public static class DeviceHttp
{
    private static int s_keys;

    /// <summary>A key no other test uses, for tests that move their tenant's clock.</summary>
    public static string UniqueKey(object fixture) =>
        $"{Emulator.KeyFor(fixture)}-{Interlocked.Increment(ref s_keys).ToString(CultureInfo.InvariantCulture)}";

    public static bool IsClassic(string version) => TestVersions.Classic.Contains(version);

    public static string Resource(bool withVerify) => withVerify ? "detectLivenessWithVerify" : "detectLiveness";

    public static string SessionsPath(string version, bool withVerify) => IsClassic(version)
        ? $"/face/{version}/{Resource(withVerify)}/singleModal/sessions"
        : $"/face/{version}/{Resource(withVerify)}-sessions";

    public static string DetectPath(string version, bool withVerify) => $"/face/{version}/{Resource(withVerify)}/singleModal";

    /// <summary>Creates a session through <see cref="AdminHttp.PostSessionAsync"/>, expects 200, and returns its id and token.</summary>
    public static async Task<(string SessionId, string Token)> CreateSessionAsync(
        this HttpClient client, string version, bool withVerify = false, IReadOnlyDictionary<string, object>? extra = null)
    {
        var response = await client.PostSessionAsync(version, withVerify, extra);
        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        return (response.Json!["sessionId"]!.GetValue<string>(), response.Json!["authToken"]!.GetValue<string>());
    }

    /// <summary>A device-side POST: bearer token, no subscription key unless the client has one.</summary>
    public static async Task<FaceResponse> DeviceAsync(this HttpClient client, string path, string? token, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content ?? JsonContent.Create(new { }) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await FaceResponse.ReadAsync(await client.SendAsync(request));
    }

    public static Task<FaceResponse> StartAsync(this HttpClient client, string version, string token, object? body = null) =>
        client.DeviceAsync($"/face/{version}/session/start", token, body is null ? null : JsonContent.Create(body));

    public static Task<FaceResponse> DetectAsync(this HttpClient client, string version, string token, bool withVerify = false, HttpContent? content = null) =>
        client.DeviceAsync(DetectPath(version, withVerify), token, content);

    public static Task<FaceResponse> AdminAttemptAsync(this HttpClient client, string sessionId, object? body = null) =>
        client.SendFaceAsync(HttpMethod.Post, $"/__admin/sessions/{sessionId}/attempts", body is null ? null : JsonContent.Create(body));

    public static Task<FaceResponse> AdminRawAsync(this HttpClient client, HttpMethod method, string path, string? json = null) =>
        client.SendFaceAsync(method, path, json is null ? null : new StringContent(json, Encoding.UTF8, "application/json"));

    public static Task<FaceResponse> GetSessionAsync(this HttpClient client, string version, string sessionId, bool withVerify = false) =>
        client.GetFaceAsync($"{SessionsPath(version, withVerify)}/{sessionId}");

    public static string Text(this FaceResponse response, string path)
    {
        System.Text.Json.Nodes.JsonNode? node = response.Json;
        foreach (var part in path.Split('.'))
        {
            node = int.TryParse(part, CultureInfo.InvariantCulture, out var index) ? node?[index] : node?[part];
        }

        return node?.ToString() ?? throw new AssertionException($"No '{path}' in {response.Body}");
    }
}
