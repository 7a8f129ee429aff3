using FaceEmulator.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FaceEmulator.Admin;

/// <summary>
/// <c>GET /health</c>: 200 only once the host has started (scenario file loaded, every service up), 503
/// before. Readiness that CI can trust is what users of other emulators asked for most (anchors, §5.2).
/// </summary>
internal static class HealthApi
{
    public const string Path = "/health";

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, Get).WithTags("Health").WithName("GetHealth").WithSummary("200 once the emulator has started; 503 before.");
        return app;
    }

    internal static Results<Ok<HealthReport>, FaceErrorResult> Get(IHostApplicationLifetime lifetime) =>
        lifetime.ApplicationStarted.IsCancellationRequested
            ? TypedResults.Ok(new HealthReport("Healthy"))
            : FaceErrors.NotReady.ToResult();
}

internal sealed record HealthReport(string Status);
