using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FaceEmulator.Errors;

namespace FaceEmulator.Http;

/// <summary>
/// Reads a whole request body that the emulator parses by hand. A body over the endpoint's limit is
/// <see cref="FaceErrors.BodyTooLarge"/>; what the bytes must be, and the error when they are not, stays
/// with each endpoint, except for <see cref="ReadJsonAsync"/>'s Face bodies.
/// </summary>
internal static class RequestBody
{
    /// <returns>The bytes, or <see cref="FaceErrors.BodyTooLarge"/> when there are more than <paramref name="limit"/>.</returns>
    public static async Task<(byte[]? Body, FaceError? Error)> ReadAsync(HttpRequest request, int limit)
    {
        var body = await LimitedBody.ReadAsync(request.Body, limit, request.HttpContext.RequestAborted);
        return body is null ? (null, FaceErrors.BodyTooLarge) : (body, null);
    }

    /// <summary>
    /// A Face JSON body as <typeparamref name="T"/>: over the limit is <see cref="FaceErrors.BodyTooLarge"/>;
    /// malformed JSON, a wrong type or <c>null</c> is <see cref="FaceErrors.InvalidRequestBody"/>. JSON bodies
    /// are small, so the buffer starts at the Content-Length.
    /// </summary>
    public static async Task<(T? Value, FaceError? Error)> ReadJsonAsync<T>(HttpRequest request, int limit, JsonTypeInfo<T> type)
        where T : class
    {
        var body = await LimitedBody.ReadAsync(request.Body, limit, request.HttpContext.RequestAborted, request.ContentLength);
        if (body is null)
        {
            return (null, FaceErrors.BodyTooLarge);
        }

        // Malformed JSON and a wrong type throw JsonException: InputFailure answers it with the same error.
        return JsonSerializer.Deserialize(body, type) is { } value ? (value, null) : (null, FaceErrors.InvalidRequestBody);
    }
}
