using FaceEmulator.Admin;
using FaceEmulator.DeviceSide;
using FaceEmulator.Errors;
using FaceEmulator.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FaceEmulator.FaceUi;

/// <summary>
/// The stand-in for <c>azure-ai-vision-face-ui</c>: its module, the mode it asks for with the session token,
/// and <c>/__admin/face-ui</c>, where a tenant chooses that mode.
/// </summary>
internal static class FaceUiApi
{
    public const string ComponentPath = "/face-ui/FaceLivenessDetector.js";

    public static IEndpointRouteBuilder MapFaceUi(this IEndpointRouteBuilder app)
    {
        app.MapGet(ComponentPath, () => TypedResults.Bytes(EmbeddedAssets.Read(EmbeddedAssets.Component), "text/javascript; charset=utf-8"))
            .RequireCors(FaceUiCors.PolicyName).ExcludeFromDescription();
        app.MapGet("/face-ui/mode", GetModeAsync).RequireCors(FaceUiCors.PolicyName).ExcludeFromDescription();

        var admin = app.MapAdminGroup().WithTags("FaceUi");
        admin.MapGet("/face-ui", (Tenant tenant) => TypedResults.Ok(new FaceUiSettings(tenant.Settings.FaceUiMode)))
            .WithName("GetFaceUiSettings").WithSummary("The mode the stand-in web component uses when its element names none.");
        admin.MapPut("/face-ui", SetAsync).WithName("SetFaceUiSettings")
            .WithSummary("Sets the component's mode: automatic (scripts, rules and the default decide) or interactive (a tester picks).")
            .WithJsonBody<FaceUiSettings>();
        return app;
    }

    /// <summary>The tenant's mode, for a holder of one of its session tokens; token refusals as on the device routes.</summary>
    internal static async Task<Results<Ok<FaceUiSettings>, FaceErrorResult>> GetModeAsync(HttpRequest request, DeviceTokenValidator tokens)
    {
        var (session, tenant, error) = await tokens.CheckSessionAsync(request);
        return session is not null && tenant is not null ? TypedResults.Ok(new FaceUiSettings(tenant.Settings.FaceUiMode)) : error!.ToResult();
    }

    internal static async Task<Results<Ok<FaceUiSettings>, FaceErrorResult>> SetAsync(HttpRequest request, Tenant tenant)
    {
        var (settings, error) = await AdminBody.ReadAsync(request, FaceUiJsonContext.Default.FaceUiSettings);
        if (settings is null)
        {
            return error!.ToResult();
        }

        if (FaceUiModes.Find(settings.Mode) is not { } mode)
        {
            return FaceErrors.AdminBadArgument($"'mode' must be '{FaceUiModes.Automatic}' or '{FaceUiModes.Interactive}', not '{settings.Mode}'.").ToResult();
        }

        tenant.Settings.FaceUiMode = mode;
        return TypedResults.Ok(new FaceUiSettings(mode));
    }
}

/// <summary>The component's settings for a tenant.</summary>
/// <param name="Mode"><c>automatic</c> (default) or <c>interactive</c>.</param>
internal sealed record FaceUiSettings(string? Mode);
