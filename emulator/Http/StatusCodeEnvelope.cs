using FaceEmulator.Errors;
using Microsoft.AspNetCore.Diagnostics;

namespace FaceEmulator.Http;

/// <summary>Gives bare status codes produced by the framework (no body) Azure's envelope.</summary>
internal static class StatusCodeEnvelope
{
    public static Task WriteAsync(StatusCodeContext context)
    {
        var response = context.HttpContext.Response;
        var error = response.StatusCode switch
        {
            // Azure's gateway answers an unknown method on a known path with 404, like any unknown operation.
            404 or 405 => FaceErrors.ResourceNotFound,
            413 => FaceErrors.BodyTooLarge,
            415 => FaceErrors.UnsupportedMediaType,
            400 => FaceErrors.InvalidRequestBody,
            var status => new FaceError(status, status.ToString(System.Globalization.CultureInfo.InvariantCulture), "The request could not be served."),
        };
        return FaceErrorResult.WriteAsync(response, error);
    }
}
