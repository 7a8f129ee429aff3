using System.Text.Json;
using FaceEmulator.Errors;
using FaceEmulator.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace FaceEmulator.DeviceSide;

/// <summary>
/// Reads any device-side body leniently: multipart (file parts become the frame, text parts fields),
/// a JSON object (top-level members become fields), an image or octet-stream body (the frame), or
/// anything else (kept for the digest only). Only an oversized body is refused.
/// </summary>
internal static class DeviceRequestReader
{
    public const int MaxBodyBytes = 12 * 1024 * 1024;
    private const int MaxFieldBytes = 64 * 1024;

    public static async Task<(DeviceRequest? Request, FaceError? Error)> ReadAsync(HttpRequest request)
    {
        var (body, error) = await RequestBody.ReadAsync(request, MaxBodyBytes);
        if (body is null)
        {
            return (null, error);
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        byte[]? frame = null;
        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var media) && body.Length > 0)
        {
            var type = media.MediaType.Value ?? string.Empty;
            if (type.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            {
                frame = await ReadMultipartAsync(body, HeaderUtilities.RemoveQuotes(media.Boundary).Value, fields, request.HttpContext.RequestAborted);
            }
            else if (type.Equals("application/json", StringComparison.OrdinalIgnoreCase))
            {
                ReadJson(body, fields);
            }
            else if (type.StartsWith("image/", StringComparison.OrdinalIgnoreCase) || type.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase))
            {
                frame = body;
            }
        }

        return (new DeviceRequest(body, frame, fields), null);
    }

    private static async Task<byte[]?> ReadMultipartAsync(byte[] body, string? boundary, Dictionary<string, string> fields, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(boundary) || boundary.Length > 70)
        {
            return null;
        }

        byte[]? frame = null;
        try
        {
            var reader = new MultipartReader(boundary, new MemoryStream(body)) { HeadersCountLimit = 16, HeadersLengthLimit = 16 * 1024 };
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
                var isFile = disposition.FileName.HasValue || disposition.FileNameStar.HasValue
                    || section.ContentType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true
                    || section.ContentType?.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase) == true;
                using var part = new MemoryStream();
                await section.Body.CopyToAsync(part, ct);
                if (isFile)
                {
                    frame ??= part.ToArray();
                }
                else if (part.Length <= MaxFieldBytes && name.Length > 0)
                {
                    fields[name] = System.Text.Encoding.UTF8.GetString(part.ToArray());
                }
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            // Malformed multipart: keep what was read; the body still counts for the digest.
        }

        return frame;
    }

    private static void ReadJson(byte[] body, Dictionary<string, string> fields)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            foreach (var member in json.RootElement.EnumerateObject())
            {
                if (member.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
                {
                    fields[member.Name] = member.Value.ValueKind == JsonValueKind.String ? member.Value.GetString()! : member.Value.GetRawText();
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON after all: the body still counts for the digest.
        }
    }
}
