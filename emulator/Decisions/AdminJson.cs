using System.Text.Json;
using System.Text.Json.Nodes;
using FaceEmulator.Errors;
using FaceEmulator.Http;

namespace FaceEmulator.Decisions;

/// <summary>Reads a small admin JSON body; bad JSON is Azure's body error, never a 500.</summary>
internal static class AdminJson
{
    public const int MaxBytes = 256 * 1024;

    /// <returns>The body (null when empty) and its raw bytes, or an error.</returns>
    public static async Task<(JsonNode? Body, byte[] Raw, FaceError? Error)> ReadAsync(HttpRequest request)
    {
        var raw = await LimitedBody.ReadAsync(request.Body, MaxBytes, request.HttpContext.RequestAborted);
        if (raw is null)
        {
            return (null, [], FaceErrors.BodyTooLarge);
        }

        if (raw.Length == 0)
        {
            return (null, raw, null);
        }

        try
        {
            return (JsonNode.Parse(raw, documentOptions: new JsonDocumentOptions { MaxDepth = 16 }), raw, null);
        }
        catch (JsonException)
        {
            return (null, raw, FaceErrors.InvalidRequestBody);
        }
    }
}
