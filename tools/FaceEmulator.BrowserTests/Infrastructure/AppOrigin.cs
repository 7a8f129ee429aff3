using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FaceEmulator.BrowserTests.Infrastructure;

/// <summary>
/// A second tiny Kestrel server on another loopback port: the app's origin. Pages served from here call the
/// emulator cross-origin, so CORS is really exercised. It also records the quick link's callback requests.
/// </summary>
public sealed class AppOrigin : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, string> _pages = new(StringComparer.Ordinal);

    private AppOrigin(WebApplication app) => _app = app;

    public string Origin { get; private set; } = string.Empty;

    /// <summary>The query strings the callback path received, in order.</summary>
    public ConcurrentQueue<IQueryCollection> Callbacks { get; } = new();

    public static async Task<AppOrigin> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var origin = new AppOrigin(app);
        app.MapGet("/callback", (HttpRequest request) =>
        {
            origin.Callbacks.Enqueue(request.Query);
            return Results.Content("<!doctype html><title>Back at the app</title><h1 id=\"back\">Back at the app</h1>", "text/html");
        });
        app.MapGet("/{page}", (string page) =>
            origin._pages.TryGetValue(page, out var html) ? Results.Content(html, "text/html; charset=utf-8") : Results.NotFound());
        await app.StartAsync();
        origin.Origin = app.Urls.First().TrimEnd('/');
        return origin;
    }

    /// <summary>Serves <paramref name="html"/> at <c>/{name}</c> and returns its URL.</summary>
    public string Serve(string name, string html)
    {
        _pages[name] = html;
        return $"{Origin}/{name}";
    }

    /// <summary>
    /// A page that imports the component from the emulator, as the samples import FaceLivenessDetector.js, and
    /// exposes <c>runCheck(token)</c>, which settles to <c>{ok, result}</c> or <c>{ok: false, error}</c>.
    /// </summary>
    public string ServeComponentPage(string name, string emulatorOrigin, string elementAttributes = "") => Serve(name, $$"""
        <!doctype html><html><head><meta charset="utf-8"><title>component</title></head><body>
        <azure-ai-vision-face-ui {{elementAttributes}}></azure-ai-vision-face-ui>
        <script type="module">
          import { LivenessStatus, RecognitionStatus } from "{{emulatorOrigin}}/face-ui/FaceLivenessDetector.js";
          window.statuses = { LivenessStatus, RecognitionStatus };
          window.runCheck = (token) => {
            window.pending = document.querySelector("azure-ai-vision-face-ui").start(token)
              .then((result) => ({ ok: true, result }), (error) => ({ ok: false, error }));
            return window.pending;
          };
        </script></body></html>
        """);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
