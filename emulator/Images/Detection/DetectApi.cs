using System.Text.Json;
using FaceEmulator.Errors;
using FaceEmulator.Http;
using FaceEmulator.Images.Wire;
using FaceEmulator.Sessions;
using FaceEmulator.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace FaceEmulator.Images.Detection;

/// <summary>
/// <c>POST /detect</c> with a JSON body <c>{"sessionImageId": "…"}</c> (Face.json DetectFromSessionImageId,
/// v1.2-preview.1 and later): the face of a stored session image, as a <c>FaceDetectionResult</c> array.
/// Detection from an uploaded image or a URL shares the path in Azure and is refused here (docs/images.md).
/// </summary>
internal static class DetectApi
{
    public const string OperationName = "DetectFromSessionImageId";

    public static RouteGroupBuilder MapDetect(this RouteGroupBuilder face)
    {
        face.MapPost("/detect", DetectAsync).WithOperation(OperationName, v => v.HasSessionImages);
        return face;
    }

    /// <summary>Query first, then the body, then the image: another tenant's image id is unknown here (404).</summary>
    internal static async Task<Results<JsonHttpResult<IReadOnlyList<FaceDetectionResult>>, FaceErrorResult>> DetectAsync(HttpRequest request, Tenant tenant)
    {
        var (options, error) = DetectQuery.Parse(request.Query);
        if (options is null)
        {
            return error!.ToResult();
        }

        if (!CreateRequestReader.IsJson(request))
        {
            return IsBinary(request) ? FaceErrors.DetectSourceNotEmulated.ToResult() : FaceErrors.UnsupportedMediaType.ToResult();
        }

        var (body, readError) = await RequestBody.ReadAsync(request, CreateRequestReader.MaxJsonBytes);
        if (body is null)
        {
            return readError!.ToResult();
        }

        var (sessionImageId, bodyError) = ReadSessionImageId(body);
        if (sessionImageId is null)
        {
            return bodyError!.ToResult();
        }

        if (tenant.SessionImages.Find(sessionImageId) is not { } image)
        {
            return FaceErrors.SessionImageNotFound.ToResult();
        }

        return TypedResults.Json(DetectionReport.For(image, options, tenant.Ids), ImagesJsonContext.Default.IReadOnlyListFaceDetectionResult);
    }

    private static (string? Id, FaceError? Error) ReadSessionImageId(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, FaceErrors.DetectBodyInvalid);
            }

            // Member names match ignoring case, like every other Face body the emulator reads.
            var members = json.RootElement.EnumerateObject().ToList();
            var id = members.FirstOrDefault(m => m.Name.Equals("sessionImageId", StringComparison.OrdinalIgnoreCase));
            if (id.Value.ValueKind == JsonValueKind.String && id.Value.GetString() is { Length: > 0 } text)
            {
                return (text, null);
            }

            var isUrl = id.Value.ValueKind == JsonValueKind.Undefined && members.Any(m => m.Name.Equals("url", StringComparison.OrdinalIgnoreCase));
            return (null, isUrl ? FaceErrors.DetectSourceNotEmulated : FaceErrors.DetectBodyInvalid);
        }
        catch (JsonException)
        {
            return (null, FaceErrors.DetectJsonInvalid);
        }
    }

    private static bool IsBinary(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var media)
        && (media.MediaType.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase)
            || media.MediaType.StartsWith("image/", StringComparison.OrdinalIgnoreCase));
}
