using FaceEmulator.Errors;
using Microsoft.AspNetCore.Http.Features;

namespace FaceEmulator.Http;

/// <summary>
/// The last line of defence: whatever escapes a handler still leaves in Azure's envelope, and a client
/// that hung up is not an error. An exception the request's bytes caused (<see cref="InputFailure"/>) is the
/// client's 4xx; any other is a bug, logged and answered 500.
/// </summary>
internal sealed partial class ErrorEnvelopeMiddleware(RequestDelegate next, ILogger<ErrorEnvelopeMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody != false)
        {
            context.Request.Body = new ClientBodyStream(context.Request.Body, context.RequestAborted);
        }

        try
        {
            await next(context);
        }
        catch (Exception ex) when (context.RequestAborted.IsCancellationRequested && ex is OperationCanceledException or IOException)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception ex) when (!context.Response.HasStarted && InputFailure.Classify(ex) is { } error)
        {
            // Clear drops whatever the handler wrote into the not yet sent response (ContentLengthMiddleware's buffer).
            context.Response.Clear();
            await FaceErrorResult.WriteAsync(context.Response, error);
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
