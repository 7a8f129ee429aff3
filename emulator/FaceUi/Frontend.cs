using FaceEmulator.QaConsole;
using FaceEmulator.QuickLink;
using FaceEmulator.Sessions;

namespace FaceEmulator.FaceUi;

/// <summary>
/// The frontend half of liveness: the stand-in web component, the quick link, the QA console and the admin
/// session list it reads. EmulatorSetup calls one method per stage.
/// </summary>
internal static class Frontend
{
    public static IServiceCollection AddFrontend(this IServiceCollection services)
    {
        services.AddFaceUiCors();
        services.AddSingleton<QuickLinkRegistry>();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, FaceUiJsonContext.Default));
        return services;
    }

    public static IEndpointRouteBuilder MapFrontend(this IEndpointRouteBuilder app) =>
        app.MapFaceUi().MapQuickLink().MapConsole().MapSessionsAdmin();
}
