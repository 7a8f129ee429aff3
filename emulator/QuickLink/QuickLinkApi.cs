using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using FaceEmulator.DeviceSide;
using FaceEmulator.Errors;
using FaceEmulator.FaceUi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FaceEmulator.QuickLink;

/// <summary>
/// Liveness quick link (Learn, "Face Liveness quick link (preview)"): <c>POST /api/quicklink</c> with the
/// session token answers <c>{"url":"/?s=&lt;id&gt;"}</c>; <c>GET /?s=&lt;id&gt;&amp;callbackUrl=…</c> serves
/// the hosted page, which runs the stand-in component and then returns to the callback (docs/web-component.md).
/// </summary>
internal static class QuickLinkApi
{
    public static IEndpointRouteBuilder MapQuickLink(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/quicklink", CreateAsync).RequireCors(FaceUiCors.PolicyName).ExcludeFromDescription();
        app.MapGet("/", Open).ExcludeFromDescription();
        return app;
    }

    internal static async Task<Results<Ok<QuickLinkCreated>, FaceErrorResult>> CreateAsync(
        HttpRequest request, DeviceTokenValidator tokens, QuickLinkRegistry links)
    {
        var (session, tenant, error) = await tokens.CheckSessionAsync(request);
        if (session is null || tenant is null)
        {
            return error!.ToResult();
        }

        var token = request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        return TypedResults.Ok(new QuickLinkCreated($"/?s={links.Create(tenant, session, token)}"));
    }

    /// <summary><c>GET /</c> without <c>s</c> answers as before this page existed: the Face 404.</summary>
    internal static IResult Open(string? s, string? callbackUrl, QuickLinkRegistry links)
    {
        if (s is null)
        {
            return FaceErrors.ResourceNotFound.ToResult();
        }

        // Checked before the link is spent, so a typo in the callback does not burn the link.
        if (callbackUrl is not null && !IsHttpUrl(callbackUrl))
        {
            return Page(400, "Bad callback", "The callbackUrl must be an absolute http or https URL. The link was not used.");
        }

        var (state, link) = links.Open(s);
        return state switch
        {
            QuickLinkState.Unknown => Page(404, "Unknown link", "This liveness link does not exist."),
            QuickLinkState.Used => Page(410, "Link already used", "This liveness link has been used already; each link opens once."),
            QuickLinkState.Expired => Page(410, "Link expired", "This liveness link has expired with its session token."),
            _ => Hosted(link!, callbackUrl),
        };
    }

    private static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static HtmlPage Hosted(QuickLinkRegistry.Link link, string? callbackUrl)
    {
        // The default encoder escapes <, > and &, so the JSON cannot close the script element it sits in.
        var config = JsonSerializer.Serialize(
            new HostedPageConfig(link.Token, link.SessionId, callbackUrl), FaceUiJsonContext.Default.HostedPageConfig);
        var html = EmbeddedAssets.ReadText(EmbeddedAssets.HostedPage).Replace("{{CONFIG}}", config, StringComparison.Ordinal);
        return new HtmlPage(200, html);
    }

    private static HtmlPage Page(int status, string title, string message)
    {
        var t = HtmlEncoder.Default.Encode(title);
        var m = HtmlEncoder.Default.Encode(message);
        return new HtmlPage(status,
            $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{t}</title></head>" +
            $"<body style=\"font:16px system-ui,sans-serif;margin:3em\"><h1>{t}</h1><p>{m}</p><p><small>HTTP {status} ({WebUtility.HtmlEncode(((HttpStatusCode)status).ToString())}) · FaceEmulator quick link</small></p></body></html>");
    }

    /// <summary>An HTML answer that no cache or referrer keeps: the page carries a session token.</summary>
    private sealed class HtmlPage(int status, string html) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = status;
            response.ContentType = "text/html; charset=utf-8";
            response.Headers.CacheControl = "no-store";
            response.Headers["Referrer-Policy"] = "no-referrer";
            return response.WriteAsync(html, httpContext.RequestAborted);
        }
    }
}

/// <summary>The quick-link API's answer; <c>url</c> is relative to the emulator, as Azure's is to its host.</summary>
internal sealed record QuickLinkCreated(string Url);

/// <summary>What the hosted page needs to run the component and return.</summary>
internal sealed record HostedPageConfig(string Token, string SessionId, string? CallbackUrl);
