using FaceEmulator.Http;

namespace FaceEmulator.Admin;

/// <summary>
/// The emulator's own control plane under <c>/__admin</c> (WireMock's vocabulary). It is outside the
/// Face route group: no API version, no faults. Calls name their tenant with the same
/// <c>Ocp-Apim-Subscription-Key</c> header the Face calls use; <see cref="FaceRequestMiddleware"/>
/// resolves it, so handlers can take a <c>Tenant</c> parameter.
/// </summary>
internal static class AdminRoutes
{
    public const string Prefix = "/__admin";

    public static RouteGroupBuilder MapAdminGroup(this IEndpointRouteBuilder app) =>
        app.MapGroup(Prefix).WithTags("Admin").WithMetadata(new AdminEndpoint());
}

/// <summary>Marks an admin endpoint. <paramref name="TenantRequired"/>: false for calls that may act on every tenant.</summary>
internal sealed record AdminEndpoint(bool TenantRequired = true);
