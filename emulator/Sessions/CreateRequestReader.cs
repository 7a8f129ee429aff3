using System.Text.Json;
using FaceEmulator.Errors;
using FaceEmulator.Http;
using FaceEmulator.Sessions.Wire;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace FaceEmulator.Sessions;

/// <summary>
/// Reads create bodies: JSON, or multipart in any of the forms the official clients send (flattened
/// fields, or a <c>Parameters</c> JSON part; quoted or unquoted names, boundaries and filenames).
/// Every failure becomes a <see cref="FaceError"/>; nothing here throws to the caller.
/// </summary>
internal static class CreateRequestReader
{
    public const int MaxJsonBytes = 64 * 1024;
    public const int MaxTextPartBytes = 64 * 1024;

    /// <summary>"The allowed image file size is from 1KB to 6MB." (Face.json, detect).</summary>
    public const int MaxImageBytes = 6 * 1024 * 1024;

    private const int MaxParts = 32;

    // MultipartReader's own default (4 KB) makes a 50 KB reference image 13 boundary scans and awaits.
    private const int MultipartBufferBytes = 64 * 1024;

    // Part names the official clients and the Learn tutorial use for the JSON parameters and the image.
    private static readonly string[] ParameterPartNames = ["Parameters", "CreateLivenessWithVerifySessionRequest"];
    private const string ImagePartName = "verifyImage";

    public static bool IsJson(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.MediaType.Value?.EndsWith("+json", StringComparison.OrdinalIgnoreCase) == true);

    public static bool IsMultipart(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var media)
        && media.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    public static async Task<(CreateRequest? Request, FaceError? Error)> ReadJsonAsync(HttpRequest request)
    {
        var (content, error) = await RequestBody.ReadJsonAsync(request, MaxJsonBytes, FaceJsonContext.Default.CreateSessionContent);
        return content is null ? (null, error) : (new CreateRequest(content, null, null, false), null);
    }

    public static async Task<(CreateRequest? Request, FaceError? Error)> ReadMultipartAsync(HttpRequest request, CancellationToken ct)
    {
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value;
        if (string.IsNullOrWhiteSpace(boundary) || boundary.Length > 70)
        {
            return (null, FaceErrors.InvalidRequestBody);
        }

        try
        {
            return await ReadSectionsAsync(new MultipartReader(boundary, request.Body, MultipartBufferBytes)
            {
                HeadersCountLimit = 16,
                HeadersLengthLimit = 16 * 1024,
            }, request.ContentLength, ct);
        }
        catch (IOException ex) when (ex is not BadHttpRequestException)
        {
            // MultipartReader reports a body that ends before its closing boundary as a plain IOException, which
            // could be anybody's; here it is the client's. Malformed sections (InvalidDataException) and Kestrel's
            // refusals (BadHttpRequestException, an IOException too) are InputFailure's.
            return (null, FaceErrors.InvalidRequestBody);
        }
    }

    /// <param name="bodyLength">The Content-Length when known: no part can be longer, so the image is read into one buffer of that size.</param>
    private static async Task<(CreateRequest?, FaceError?)> ReadSectionsAsync(MultipartReader reader, long? bodyLength, CancellationToken ct)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        CreateSessionContent? parameters = null;
        VerifyImageUpload? image = null;
        FaceError? imageError = null;
        var parts = 0;

        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            if (++parts > MaxParts
                || !ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || HeaderUtilities.RemoveQuotes(disposition.Name).Value is not { Length: > 0 } name)
            {
                return (null, FaceErrors.InvalidRequestBody);
            }

            var fileName = HeaderUtilities.RemoveQuotes(disposition.FileName.HasValue ? disposition.FileName : disposition.FileNameStar).Value;
            if (name.Equals(ImagePartName, StringComparison.OrdinalIgnoreCase))
            {
                var bytes = await LimitedBody.ReadAsync(section.Body, MaxImageBytes, ct, bodyLength);
                // Face.json: "Content-Disposition header field for this part must have filename."
                imageError ??= bytes is null ? FaceErrors.ImageTooBig
                    : string.IsNullOrEmpty(fileName) ? FaceErrors.MissingVerifyImage
                    : null;
                image ??= bytes is null ? null : new VerifyImageUpload(bytes, fileName, section.ContentType);
                continue;
            }

            var text = await LimitedBody.ReadAsync(section.Body, MaxTextPartBytes, ct);
            if (text is null)
            {
                return (null, FaceErrors.InvalidRequestBody);
            }

            if (ParameterPartNames.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                parameters = ParseJson(text);
                if (parameters is null)
                {
                    return (null, FaceErrors.InvalidRequestBody);
                }
            }
            else
            {
                fields[name] = System.Text.Encoding.UTF8.GetString(text);
            }
        }

        var content = parameters ?? MultipartFields.ToContent(fields);
        return content is null
            ? (null, FaceErrors.InvalidRequestBody)
            : (new CreateRequest(content, imageError is null ? image : null, imageError ?? (image is null ? FaceErrors.MissingVerifyImage : null), true), null);
    }

    // Malformed JSON throws JsonException: InputFailure answers it with InvalidRequestBody.
    private static CreateSessionContent? ParseJson(byte[] bytes) => JsonSerializer.Deserialize(bytes, FaceJsonContext.Default.CreateSessionContent);
}
