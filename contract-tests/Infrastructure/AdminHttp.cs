using System.Globalization;
using System.Net;
using System.Text;

namespace FaceEmulator.ContractTests.Infrastructure;

/// <summary>Helpers for the emulator's own <c>/__admin</c> API and the create call most tests need.</summary>
public static class AdminHttp
{
    public const string CreateClassicPath = "/face/v1.2-preview.1/detectLiveness/singleModal/sessions";
    public const string CreatePath = "/face/v1.2/detectLiveness-sessions";

    /// <summary>POSTs raw JSON, so tests pin the wire format rather than a C# type's serialisation.</summary>
    public static Task<FaceResponse> PostAdminAsync(this HttpClient client, string path, string json) =>
        client.SendFaceAsync(HttpMethod.Post, path, new StringContent(json, Encoding.UTF8, "application/json"));

    public static async Task<FaceResponse> AddFaultAsync(this HttpClient client, string json)
    {
        var response = await client.PostAdminAsync("/__admin/faults", json);
        response.Status.Should().Be(HttpStatusCode.Created, response.Body);
        return response;
    }

    public static async Task ResetAsync(this HttpClient client)
    {
        var response = await client.SendFaceAsync(HttpMethod.Post, "/__admin/reset");
        response.Status.Should().Be(HttpStatusCode.NoContent, response.Body);
    }

    /// <summary>
    /// Creates a session with <see cref="TestVersions.CreateBody"/> plus <paramref name="extra"/> (multipart with
    /// an image for a v1.2+ with-verify session) and returns the response as it is, for tests of the create call.
    /// Tests that only need a session use <see cref="DeviceHttp.CreateSessionAsync"/>.
    /// </summary>
    public static async Task<FaceResponse> PostSessionAsync(
        this HttpClient client, string version = "v1.2", bool withVerify = false, IReadOnlyDictionary<string, object>? extra = null)
    {
        var body = TestVersions.CreateBody(version);
        foreach (var (name, value) in extra ?? new Dictionary<string, object>())
        {
            body[name] = value;
        }

        var path = DeviceHttp.SessionsPath(version, withVerify);
        return withVerify && !DeviceHttp.IsClassic(version)
            ? await client.SendFaceAsync(HttpMethod.Post, path, FaceHttp.Multipart(
                body.ToDictionary(kv => kv.Key, kv => Convert.ToString(kv.Value, CultureInfo.InvariantCulture)!), TestImages.Portrait))
            : await client.PostFaceJsonAsync(path, body);
    }

    /// <summary>Moves the client's tenant clock forward through <c>POST /__admin/clock</c>, as any target allows.</summary>
    public static async Task AdvanceClockAsync(this HttpClient client, TimeSpan by)
    {
        var response = await client.PostAdminAsync("/__admin/clock", $$"""{"advance":"{{System.Xml.XmlConvert.ToString(by)}}"}""");
        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
    }

    public static DateTimeOffset ClockNow(this FaceResponse response) =>
        DateTimeOffset.Parse(response.Json!["now"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
}
