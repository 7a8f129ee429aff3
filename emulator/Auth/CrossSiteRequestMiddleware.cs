using System.Net.Http.Headers;
using FaceEmulator.Errors;

namespace FaceEmulator.Auth;

/// <summary>
/// The emulator's one rule against cross-site request forgery (README, "Security model"). A request that can
/// change state (any method but GET, HEAD and OPTIONS) which a browser marks as sent by a page of another
/// site is refused with 403 <c>CrossSiteRequestForbidden</c>, unless it is one a browser sends only after a
/// CORS preflight: one carrying <c>Authorization: Bearer</c>, or a body whose type no HTML form can produce
/// (such as <c>application/json</c>). Those reached the emulator only if the preflight allowed them, so
/// device-side calls from a browser component keep working once CORS allows them. Clients that are not
/// browsers send neither <c>Sec-Fetch-Site</c> nor <c>Origin</c> and are never refused here.
/// </summary>
internal sealed class CrossSiteRequestMiddleware(RequestDelegate next)
{
    // The three body types an HTML form (or a no-preflight fetch) can send: the CORS-safelisted Content-Types.
    private static readonly string[] s_formTypes = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        return IsSafe(request.Method) || !IsForeign(request) || WasPreflighted(request)
            ? next(context)
            : FaceErrorResult.WriteAsync(context.Response, FaceErrors.CrossSiteRequest);
    }

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);

    /// <summary>
    /// <c>Sec-Fetch-Site</c> is the browser's own verdict, and scripts cannot forge it: anything but
    /// <c>same-origin</c> or <c>none</c> (typed by the user) is foreign, <c>same-site</c> included, because
    /// another port of the same host is the same site. Browsers without it are judged by <c>Origin</c>
    /// against the request's own scheme and host (<c>null</c>, a sandboxed page's origin, is foreign).
    /// </summary>
    private static bool IsForeign(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return !site.Equals("same-origin", StringComparison.OrdinalIgnoreCase) && !site.Equals("none", StringComparison.OrdinalIgnoreCase);
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0 && !origin.Equals($"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Only a script sets a bearer token (browsers add Basic credentials by themselves, so Basic proves nothing),
    /// and only a preflighted request has a body type outside <see cref="s_formTypes"/>. No body type is a
    /// simple request too.
    /// </summary>
    private static bool WasPreflighted(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        || (request.ContentType is { Length: > 0 } type && !IsFormType(type));

    // A type that does not parse is treated as a form's: refusing it is the safe side.
    private static bool IsFormType(string contentType) =>
        !MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        || s_formTypes.Contains(parsed.MediaType, StringComparer.OrdinalIgnoreCase);
}
