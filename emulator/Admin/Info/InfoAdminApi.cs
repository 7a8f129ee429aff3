using System.Reflection;
using FaceEmulator.Http;
using FaceEmulator.Journal;
using FaceEmulator.Tenancy;
using FaceEmulator.Versions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FaceEmulator.Admin.Info;

/// <summary>
/// <c>GET /__admin/info</c>: version, API versions and operations, store, limits and the differences from Azure.
/// Needs no key: it describes the emulator, not a tenant.
/// </summary>
internal static class InfoAdminApi
{
    public const string Path = AdminRoutes.Prefix + "/info";

    public static string EmulatorVersion { get; } =
        typeof(InfoAdminApi).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static RouteGroupBuilder MapInfoAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/info", Get).WithTags("Info").WithName("GetInfo")
            .WithSummary("The emulator's version, API versions and operations, store, limits and differences from Azure.")
            .WithMetadata(new AdminEndpoint(TenantRequired: false));
        return admin;
    }

    internal static Ok<EmulatorInfo> Get(
        EndpointDataSource endpoints, TenantRegistry tenants, IOptions<LimitsOptions> limits, IOptions<JournalOptions> journal) =>
        TypedResults.Ok(new EmulatorInfo(
            "FaceEmulator",
            EmulatorVersion,
            [.. ApiVersion.All.Select(v => new ApiVersionInfo(v.Name, v.IsPreview, OperationsIn(endpoints, v)))],
            new StoreInfo("in-memory", tenants.Count, tenants.SessionCount, journal.Value.Capacity),
            limits.Value,
            AzureDifferences.All));

    private static List<OperationInfo> OperationsIn(EndpointDataSource endpoints, ApiVersion version) =>
    [
        .. endpoints.Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Operation: e.Metadata.GetMetadata<FaceOperation>()))
            .Where(e => e.Operation is not null && e.Operation.IsAvailableIn(version))
            .SelectMany(e => (e.Endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(method => new OperationInfo(
                e.Operation!.Name,
                method,
                PathOf(e.Endpoint, version),
                e.Operation.RequiresSubscriptionKey ? "key" : "sessionToken")))
            .OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal),
    ];

    /// <summary>Groups mapped at <c>"/"</c> leave a trailing slash in the pattern; the Face paths have none.</summary>
    private static string PathOf(RouteEndpoint endpoint, ApiVersion version) =>
        "/" + (endpoint.RoutePattern.RawText ?? string.Empty).Trim('/').Replace("{apiVersion}", version.Name, StringComparison.Ordinal);
}
