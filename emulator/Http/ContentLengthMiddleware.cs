using Microsoft.AspNetCore.Http.Features;
using Microsoft.IO;

namespace FaceEmulator.Http;

/// <summary>
/// Holds each response in a pooled buffer until the handler is done, then sends it with a Content-Length, as
/// Azure does for every JSON body and error envelope (recordings README, facts 4, 5 and 8), instead of Kestrel's
/// <c>Transfer-Encoding: chunked</c>. Responses are small (the largest is a 6 MB session image), so buffering is cheap.
/// </summary>
internal sealed class ContentLengthMiddleware(RequestDelegate next)
{
    private static readonly RecyclableMemoryStreamManager s_buffers = new();

    public async Task InvokeAsync(HttpContext context)
    {
        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        await using var buffer = s_buffers.GetStream();
        // No prior feature: a handler's StartAsync or flush must not start the real response before the length is known.
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(buffer));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(original);
        }

        var response = context.Response;
        if (buffer.Length == 0 || context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        response.ContentLength ??= buffer.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original.Stream, context.RequestAborted);
        }
    }
}
