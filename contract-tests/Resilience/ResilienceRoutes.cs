using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Resilience;

/// <summary>How a route is called: with the tenant's key, a session token, or the key of a throwaway tenant.</summary>
public enum RouteCaller
{
    Key,
    Device,
    Throwaway,
}

/// <summary>One route of the emulator; <c>{id}</c> in <paramref name="Path"/> is where an id goes.</summary>
/// <param name="Version">The API version whose session token a device route needs; null for the others.</param>
public sealed record ResilienceRoute(string Method, string Path, RouteCaller Caller = RouteCaller.Key, string? Version = null)
{
    public bool HasId => Path.Contains("{id}", StringComparison.Ordinal);

    public string With(string id) => Path.Replace("{id}", id, StringComparison.Ordinal);

    public override string ToString() => $"{Method} {Path}";
}

/// <summary>
/// Every route the emulator maps, for all four API versions: Face, device and admin. Routes a version does not
/// serve are kept: their answer (a 404 in the envelope) is part of what is checked. Admin routes that empty the
/// tenant run against a throwaway tenant, so the matrix cannot lose the sessions it counts.
/// </summary>
public static class ResilienceRoutes
{
    public static IReadOnlyList<ResilienceRoute> All { get; } = Build();

    private static List<ResilienceRoute> Build()
    {
        var routes = new List<ResilienceRoute>();
        foreach (var version in TestVersions.Known)
        {
            var face = $"/face/{version}";
            foreach (var withVerify in new[] { false, true })
            {
                var sessions = DeviceHttp.SessionsPath(version, withVerify);
                routes.Add(new("POST", sessions));
                routes.Add(new("GET", sessions));
                routes.Add(new("GET", sessions + "/{id}"));
                routes.Add(new("DELETE", sessions + "/{id}"));
                routes.Add(new("GET", sessions + "/{id}/audit"));
                routes.Add(new("POST", DeviceHttp.DetectPath(version, withVerify), RouteCaller.Device, version));
            }

            routes.Add(new("POST", face + "/session/start", RouteCaller.Device, version));
            routes.Add(new("POST", face + "/session/attempt/end", RouteCaller.Device, version));
            routes.Add(new("POST", face + "/detect"));
            routes.Add(new("GET", face + "/sessionImages/{id}"));
            routes.Add(new("GET", face + "/session/sessionImages/{id}"));
            routes.Add(new("GET", face + "/settings"));
            routes.Add(new("PATCH", face + "/settings"));
            routes.Add(new("GET", face + "/settings/getClientAssetsAccessToken"));
        }

        routes.AddRange(
        [
            new("POST", "/__admin/rules"), new("GET", "/__admin/rules"), new("DELETE", "/__admin/rules/{id}"),
            new("PUT", "/__admin/sessions/{id}/script"), new("GET", "/__admin/sessions/{id}/script"),
            new("DELETE", "/__admin/sessions/{id}/script"), new("POST", "/__admin/sessions/{id}/attempts"),
            new("GET", "/__admin/clock"), new("POST", "/__admin/clock"),
            new("GET", "/__admin/faults"), new("POST", "/__admin/faults"), new("DELETE", "/__admin/faults/{id}"),
            new("GET", "/__admin/requests"), new("GET", "/health"),
            new("DELETE", "/__admin/rules", RouteCaller.Throwaway), new("DELETE", "/__admin/faults", RouteCaller.Throwaway),
            new("DELETE", "/__admin/requests", RouteCaller.Throwaway), new("POST", "/__admin/reset", RouteCaller.Throwaway),
        ]);
        return routes;
    }
}
