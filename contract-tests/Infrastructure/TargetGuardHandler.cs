using System.Collections.Concurrent;
using System.Text.Json;

namespace FaceEmulator.ContractTests.Infrastructure;

/// <summary>
/// Skips, with the reason, every request this run's target cannot serve, before it is sent: requests to
/// a version outside <c>FACE_API_VERSIONS</c>; and in live mode the emulator's admin API, device-side calls
/// made with the emulator's session tokens, and deletes of sessions this run did not create. Installed by
/// <see cref="Emulator.Client"/>, so tests need no edits to be skipped correctly.
/// </summary>
public sealed class TargetGuardHandler(TestTarget target) : DelegatingHandler
{
    public const string AdminReason = "needs the emulator's admin API, which Azure does not have";
    public const string DeviceReason = "calls the device-side API with the emulator's session token; against Azure only the official frontend SDKs can";
    public const string DeleteReason = "live mode deletes only sessions this run created";
    public const string SettingsReason = "would change the Azure resource's abuse-monitoring setting";

    /// <summary>Sessions created by this run in live mode, by id (lower case), with the path to delete them.</summary>
    private static readonly ConcurrentDictionary<string, string> s_created = new(StringComparer.OrdinalIgnoreCase);
    private static readonly ConcurrentDictionary<string, byte> s_deleted = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Live-mode sessions created and not yet deleted: paths to DELETE at the end of the run.</summary>
    public static IEnumerable<string> Leftovers => s_created.Where(kv => !s_deleted.ContainsKey(kv.Key)).Select(kv => kv.Value);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri is { IsAbsoluteUri: true } uri ? uri.AbsolutePath : request.RequestUri?.OriginalString ?? "";
        if (FaceVersionOf(path) is { } version && TestVersions.Known.Contains(version) && !TestVersions.Selected.Contains(version))
        {
            Assert.Ignore($"FACE_API_VERSIONS excludes {version}.");
        }

        if (!target.IsLive)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        await GuardLiveAsync(request, path, cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        await RememberAsync(request, path, response, cancellationToken);
        return response;
    }

    /// <summary>The <c>{version}</c> of <c>/face/{version}/…</c>, or null.</summary>
    public static string? FaceVersionOf(string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && parts[0].Equals("face", StringComparison.OrdinalIgnoreCase) ? Uri.UnescapeDataString(parts[1]) : null;
    }

    private static async Task GuardLiveAsync(HttpRequestMessage request, string path, CancellationToken cancellationToken)
    {
        if (path.StartsWith("/__admin", StringComparison.OrdinalIgnoreCase) || path.Equals("/health", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Ignore(AdminReason);
        }

        if (request.Headers.Authorization is { Scheme: "Bearer" } && !request.Headers.Contains("Ocp-Apim-Subscription-Key"))
        {
            Assert.Ignore(DeviceReason);
        }

        if (request.Method == HttpMethod.Delete && !s_created.ContainsKey(LastSegment(path)))
        {
            Assert.Ignore(DeleteReason);
        }

        if (request.Method == HttpMethod.Patch && path.EndsWith("/settings", StringComparison.OrdinalIgnoreCase) && request.Content is { } content
            && ChangesAbuseMonitoring(await content.ReadAsStringAsync(cancellationToken)))
        {
            Assert.Ignore(SettingsReason);
        }
    }

    /// <summary>True for a valid settings patch that sets <c>livenessAbuseMonitoring.enabled</c>.</summary>
    public static bool ChangesAbuseMonitoring(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("livenessAbuseMonitoring", out var monitoring)
                && monitoring.ValueKind == JsonValueKind.Object
                && monitoring.TryGetProperty("enabled", out var enabled)
                && enabled.ValueKind is JsonValueKind.True or JsonValueKind.False;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static async Task RememberAsync(HttpRequestMessage request, string path, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Delete)
        {
            s_deleted.TryAdd(LastSegment(path), 0);
            return;
        }

        if (request.Method != HttpMethod.Post || !response.IsSuccessStatusCode || !path.Contains("sessions", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        await response.Content.LoadIntoBufferAsync(cancellationToken);
        try
        {
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("sessionId", out var id) && id.GetString() is { } sessionId)
            {
                s_created.TryAdd(sessionId, $"{path.TrimEnd('/')}/{sessionId}");
            }
        }
        catch (JsonException)
        {
            // Not a create response; nothing to remember.
        }
    }

    private static string LastSegment(string path) => path.TrimEnd('/').Split('/')[^1];
}
