using FaceEmulator.Errors;
using FaceEmulator.Http;
using FaceEmulator.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FaceEmulator.Images;

/// <summary>
/// <c>GET /sessionImages/{id}</c> (v1.2+) and <c>GET /session/sessionImages/{id}</c> (v1.2-preview.1): the
/// stored frame of an attempt, as Azure sends it (recordings README, fact 7).
/// </summary>
internal static class SessionImagesApi
{
    public static RouteGroupBuilder MapSessionImages(this RouteGroupBuilder face)
    {
        face.MapGet("/sessionImages/{sessionImageId}", (string sessionImageId, Tenant t, HttpResponse r) => Get(sessionImageId, t, r))
            .WithOperation("GetSessionImage", v => v.IsAttempts() && v.HasSessionImages);
        face.MapGet("/session/sessionImages/{sessionImageId}", (string sessionImageId, Tenant t, HttpResponse r) => Get(sessionImageId, t, r))
            .WithOperation("GetSessionImage", v => v.IsClassic() && v.HasSessionImages);
        return face;
    }

    /// <summary>Another tenant's id is unknown here, like any id that never existed: 404.</summary>
    internal static Results<FileContentHttpResult, FaceErrorResult> Get(string sessionImageId, Tenant tenant, HttpResponse response)
    {
        if (tenant.SessionImages.Find(sessionImageId) is not { } image)
        {
            return FaceErrors.SessionImageNotFound.ToResult();
        }

        // Both filename forms, exactly as recorded; ASP.NET's own header would quote and encode differently.
        response.Headers.ContentDisposition = $"attachment; filename={sessionImageId}.jpg; filename*=UTF-8''{sessionImageId}.jpg";
        return TypedResults.File(image.Bytes, "application/octet-stream");
    }
}
