using FaceEmulator.Admin;
using FaceEmulator.FaceUi;

namespace FaceEmulator.QaConsole;

/// <summary>
/// <c>/__admin/console</c>: the QA console, one self-contained page that drives the public admin API with the
/// key the tester enters (or <c>#key=…</c> in the link). No build step, no tenant needed to load it.
/// </summary>
internal static class ConsoleApi
{
    public const string Path = AdminRoutes.Prefix + "/console";

    public static IEndpointRouteBuilder MapConsole(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpResponse response) =>
        {
            response.Headers.CacheControl = "no-store";
            return TypedResults.Bytes(EmbeddedAssets.Read(EmbeddedAssets.Console), "text/html; charset=utf-8");
        }).ExcludeFromDescription();
        return app;
    }
}
