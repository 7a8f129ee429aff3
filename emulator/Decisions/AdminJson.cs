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
        var (raw, error) = await RequestBody.ReadAsync(request, MaxBytes);
        if (raw is null)
        {
            return (null, [], error);
        }

        if (raw.Length == 0)
        {
            return (null, raw, null);
        }

        try
        {
            var node = JsonNode.Parse(raw, documentOptions: new JsonDocumentOptions { MaxDepth = 16 });
            Materialize(node);
            return (node, raw, null);
        }
        catch (ArgumentException)
        {
            // A duplicate member name, found when JsonObject materialises its members. Malformed JSON and
            // undecodable text (JsonException, InvalidOperationException) are InputFailure's, with the same error.
            return (null, raw, FaceErrors.InvalidRequestBody);
        }
    }

    /// <summary>One element of a larger document as a node; a duplicate member name throws <see cref="ArgumentException"/>.</summary>
    public static JsonNode? ToNode(JsonElement element)
    {
        var node = JsonNode.Parse(element.GetRawText());
        Materialize(node);
        return node;
    }

    private static void Materialize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var member in obj)
                {
                    Materialize(member.Value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Materialize(item);
                }

                break;
        }
    }
}
