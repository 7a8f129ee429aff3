using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using FaceEmulator.Testing;

namespace FaceEmulator.BrowserTests.Infrastructure;

/// <summary>
/// The emulator a fixture's browser talks to: its own on a loopback port (FaceEmulator.Testing), or, with
/// FACE_EMULATOR_URL, one already running (the container, tools/container/check). Either way the fixture has a
/// fresh key, hence a fresh tenant. <see cref="Http"/> plays the app server and the admin caller.
/// </summary>
public sealed class FaceTarget : IAsyncDisposable
{
    private readonly FaceEmulatorHost? _host;

    private FaceTarget(FaceEmulatorHost? host, Uri endpoint, string key)
    {
        _host = host;
        Endpoint = endpoint;
        Key = key;
        Http = new HttpClient { BaseAddress = endpoint };
        Http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", key);
    }

    public static string? ExternalUrl => Environment.GetEnvironmentVariable("FACE_EMULATOR_URL") is { Length: > 0 } url ? url : null;

    public Uri Endpoint { get; }

    public string Key { get; }

    public HttpClient Http { get; }

    /// <summary>The emulator's origin as the page sees it (no trailing slash).</summary>
    public string Origin => Endpoint.GetLeftPart(UriPartial.Authority);

    public static async Task<FaceTarget> StartAsync()
    {
        var key = $"browser-{Guid.NewGuid():N}";
        if (ExternalUrl is { } url)
        {
            return new FaceTarget(null, new Uri(url.TrimEnd('/') + "/"), key);
        }

        var host = await FaceEmulatorHost.StartAsync(new FaceEmulatorOptions { UseLoopbackPort = true, Key = key });
        return new FaceTarget(host, host.Endpoint, key);
    }

    /// <summary>Creates a session in <paramref name="version"/> and returns its id and token.</summary>
    public async Task<(string Id, string Token)> CreateSessionAsync(string version = "v1.2", bool withVerify = false, JsonObject? extra = null)
    {
        HttpResponseMessage response;
        var kind = withVerify ? "detectLivenessWithVerify-sessions" : "detectLiveness-sessions";
        if (withVerify)
        {
            using var form = new MultipartFormDataContent
            {
                { new StringContent("Passive"), "livenessOperationMode" },
                { new StringContent("browser-test"), "deviceCorrelationId" },
            };
            var image = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "fixtures", "valid.jpg")));
            image.Headers.ContentType = new("image/jpeg");
            form.Add(image, "verifyImage", "valid.jpg");
            response = await Http.PostAsync($"face/{version}/{kind}", form);
        }
        else
        {
            var body = new JsonObject { ["livenessOperationMode"] = "Passive", ["deviceCorrelationId"] = "browser-test" };
            foreach (var (name, value) in extra ?? [])
            {
                body[name] = value?.DeepClone();
            }

            response = await Http.PostAsJsonAsync($"face/{version}/{kind}", body);
        }

        using (response)
        {
            var json = await response.Content.ReadFromJsonAsync<JsonElement>();
            response.IsSuccessStatusCode.Should().BeTrue(json.ToString());
            return (json.GetProperty("sessionId").GetString()!, json.GetProperty("authToken").GetString()!);
        }
    }

    /// <summary>GETs a v1.2+ session as the app server would, to read its attempts.</summary>
    public async Task<JsonElement> GetSessionAsync(string id, string version = "v1.2", bool withVerify = false) =>
        await Http.GetFromJsonAsync<JsonElement>($"face/{version}/{(withVerify ? "detectLivenessWithVerify-sessions" : "detectLiveness-sessions")}/{id}");

    /// <summary>Sends an admin call and asserts it succeeded.</summary>
    public async Task AdminAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await Http.SendAsync(request);
        response.IsSuccessStatusCode.Should().BeTrue(await response.Content.ReadAsStringAsync());
    }

    public async Task<JsonElement> AdminGetAsync(string path) => await Http.GetFromJsonAsync<JsonElement>(path.TrimStart('/'));

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
        else
        {
            // Against a shared emulator, leave nothing behind.
            using var reset = await new HttpClient { BaseAddress = Endpoint }.SendAsync(new HttpRequestMessage(HttpMethod.Post, "__admin/reset")
            {
                Headers = { { "Ocp-Apim-Subscription-Key", Key } },
            });
        }
    }
}
