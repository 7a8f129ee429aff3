using FaceEmulator.Errors;

namespace FaceEmulator.Http;

/// <summary>
/// The last line of defence: whatever escapes a handler still leaves in Azure's envelope, and a client
/// that hung up is not an error.
/// </summary>
internal sealed partial class ErrorEnvelopeMiddleware(RequestDelegate next, ILogger<ErrorEnvelopeMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            // Kestrel's own limits (body size and rate, malformed framing) surface here while a handler reads the body.
            // Clear drops whatever the handler wrote into the not yet sent response (ContentLengthMiddleware's buffer).
            context.Response.Clear();
            await FaceErrorResult.WriteAsync(context.Response, FaceErrors.ForBodyRefusal(ex.StatusCode));
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            Log.Unhandled(logger, context.Request.Method, context.Request.Path, ex);
            context.Response.Clear();
            await FaceErrorResult.WriteAsync(context.Response, FaceErrors.InternalError);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error for {Method} {Path}")]
        public static partial void Unhandled(ILogger logger, string method, string path, Exception exception);
    }
}
