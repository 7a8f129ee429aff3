using System.Text.Json.Nodes;

namespace WebSample;

/// <summary>
/// The app server of the sample: it holds the Face key, creates v1.2 liveness sessions for the page, and reads
/// their result. The page never sees the key, only the session's token, as with Azure.
/// </summary>
public static class SampleApp
{
    private const string Sessions = "/face/v1.2/detectLiveness-sessions";

    /// <summary>Builds the app from configuration: <c>Face:Endpoint</c>, <c>Face:Key</c>, optional <c>Face:ComponentUrl</c>.</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.ClearProviders();
        var endpoint = new Uri(builder.Configuration["Face:Endpoint"] ?? "http://localhost:5080");
        var key = builder.Configuration["Face:Key"] ?? "web-sample";
        // The stand-in is served by the emulator; with the real component this is the bundled FaceLivenessDetector.js.
        var component = builder.Configuration["Face:ComponentUrl"] ?? new Uri(endpoint, "/face-ui/FaceLivenessDetector.js").ToString();
        builder.Services.AddHttpClient("face", client =>
        {
            client.BaseAddress = endpoint;
            client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", key);
        });

        var app = builder.Build();
        var page = ReadPage().Replace("{{COMPONENT_URL}}", System.Text.Json.JsonEncodedText.Encode(component).ToString(), StringComparison.Ordinal);
        app.MapGet("/", () => Results.Content(page, "text/html; charset=utf-8"));
        app.MapPost("/api/liveness/session", CreateSessionAsync);
        app.MapGet("/api/liveness/session/{sessionId}/result", ReadResultAsync);
        return app;
    }

    private static async Task<IResult> CreateSessionAsync(IHttpClientFactory clients)
    {
        var face = clients.CreateClient("face");
        using var response = await face.PostAsJsonAsync(Sessions, new JsonObject
        {
            ["livenessOperationMode"] = "PassiveActive",
            ["deviceCorrelationId"] = "web-sample",
        });
        var session = await response.Content.ReadFromJsonAsync<JsonObject>();
        return response.IsSuccessStatusCode
            ? Results.Ok(new { sessionId = session!["sessionId"]!.GetValue<string>(), authToken = session["authToken"]!.GetValue<string>() })
            : Results.Json(session, statusCode: (int)response.StatusCode);
    }

    /// <summary>The verdict comes from the session, server side: the component does not report it (v1.2+).</summary>
    private static async Task<IResult> ReadResultAsync(string sessionId, IHttpClientFactory clients)
    {
        var session = await clients.CreateClient("face").GetFromJsonAsync<JsonObject>($"{Sessions}/{Uri.EscapeDataString(sessionId)}");
        var latest = session!["results"]?["attempts"]?.AsArray().FirstOrDefault();
        var verdict = latest?["result"]?["livenessDecision"]?.GetValue<string>() switch
        {
            null when latest is null => "pending",
            "realface" => "live",
            "spoofface" => "spoof",
            _ => "retry",
        };
        return Results.Ok(new { sessionId, status = session["status"]?.GetValue<string>(), verdict });
    }

    private static string ReadPage()
    {
        using var stream = typeof(SampleApp).Assembly.GetManifestResourceStream("WebSample.index.html")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
