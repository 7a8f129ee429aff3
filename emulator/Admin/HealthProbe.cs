using System.Net;

namespace FaceEmulator.Admin;

/// <summary>
/// <c>dotnet FaceEmulator.dll --health-check</c>: asks a running emulator's <c>/health</c> at the address
/// this process's configuration gives, and exits 0 on 200, 1 otherwise. The container's HEALTHCHECK runs
/// it because the .NET runtime images have no curl or wget, and because reading the same configuration
/// as Kestrel keeps the probe on the configured port (WireMock's image hard-codes its port, so its
/// health check fails once the port is changed).
/// </summary>
internal static class HealthProbe
{
    public const string Switch = "--health-check";

    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(3);

    public static bool IsRequested(string[] args) => args.Contains(Switch, StringComparer.Ordinal);

    public static async Task<int> RunAsync(string[] args)
    {
        // The switch is removed first: the command-line provider would read the next argument as its value.
        var configuration = WebApplication.CreateBuilder([.. args.Where(a => a != Switch)]).Configuration;
        var health = HealthUri(configuration);
        using var http = new HttpClient { Timeout = s_timeout };
        try
        {
            using var response = await http.GetAsync(health);
            await Console.Out.WriteLineAsync($"{health}: {(int)response.StatusCode}");
            return response.StatusCode == HttpStatusCode.OK ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"{health}: {e.Message}");
            return 1;
        }
    }

    /// <summary>
    /// The first http address Kestrel listens on, by its own precedence: <c>Kestrel:Endpoints</c>, then
    /// <c>urls</c>, then <c>http_ports</c>, then the emulator's default. Wildcard hosts become 127.0.0.1.
    /// </summary>
    internal static Uri HealthUri(IConfiguration configuration)
    {
        var endpoint = configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Select(e => e["Url"]).FirstOrDefault(IsHttp);
        var url = endpoint
            ?? Split(configuration["urls"]).FirstOrDefault(IsHttp)
            ?? Split(configuration["http_ports"]).Select(port => $"http://*:{port}").FirstOrDefault()
            ?? EmulatorSetup.DefaultUrl;

        var address = BindingAddress.Parse(url);
        var host = address.Host is "*" or "+" or "0.0.0.0" or "[::]" or "" ? "127.0.0.1" : address.Host;
        return new Uri($"http://{host}:{address.Port}{HealthApi.Path}");
    }

    private static string[] Split(string? value) =>
        value?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    private static bool IsHttp(string? url) => url?.StartsWith("http://", StringComparison.OrdinalIgnoreCase) == true;
}
