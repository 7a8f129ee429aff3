using System.Text;
using System.Text.Json;
using FaceEmulator.Errors;
using SixLabors.ImageSharp;

namespace FaceEmulator.Http;

/// <summary>
/// The one place that decides whether an exception a handler let escape was caused by the request's bytes
/// (its framing, its text encoding, its JSON, its image) and so is the client's 4xx, not the emulator's 500.
/// Classified by type and origin, never by catching everything: an exception that is not listed here is a
/// bug and stays a 500 <see cref="FaceErrors.InternalError"/>.
/// </summary>
internal static class InputFailure
{
    /// <returns>The error to answer with, or <see langword="null"/> when the exception is the emulator's own fault.</returns>
    public static FaceError? Classify(Exception exception) => exception switch
    {
        // Kestrel's refusals (size, rate, framing), and every failure reading the body (ClientBodyStream).
        BadHttpRequestException refusal => FaceErrors.ForBodyRefusal(refusal.StatusCode),
        // Malformed JSON; text that is not UTF-8; broken multipart framing (MultipartReader).
        JsonException or DecoderFallbackException or InvalidDataException => FaceErrors.InvalidRequestBody,
        InvalidOperationException when IsUndecodableJsonText(exception) => FaceErrors.InvalidRequestBody,
        // ImageSharp's UnknownImageFormatException and InvalidImageContentException derive from it.
        ImageFormatException => FaceErrors.InvalidImageFormat,
        _ => null,
    };

    /// <summary>The status the exception is answered with: its 4xx, or 500.</summary>
    public static int StatusFor(Exception exception) => Classify(exception)?.Status ?? StatusCodes.Status500InternalServerError;

    /// <summary>
    /// System.Text.Json parses a document without decoding its strings; reading one later (<c>GetString</c>,
    /// a <c>JsonObject</c>'s member names) throws <see cref="InvalidOperationException"/> for bytes that are not
    /// UTF-8 (with a <see cref="DecoderFallbackException"/> inside) or an escaped lone surrogate such as
    /// <c>"\ud800"</c> (from its ThrowHelper's <c>…UTF16</c> methods). Other InvalidOperationExceptions of
    /// System.Text.Json (a wrong element type, a missing type info) are the emulator's bugs.
    /// </summary>
    private static bool IsUndecodableJsonText(Exception exception) =>
        exception.TargetSite?.DeclaringType?.Assembly == typeof(JsonDocument).Assembly
        && (exception.InnerException is DecoderFallbackException
            || exception.TargetSite?.Name.Contains("UTF", StringComparison.Ordinal) == true);
}
