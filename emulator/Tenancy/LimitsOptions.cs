using System.ComponentModel.DataAnnotations;

namespace FaceEmulator.Tenancy;

/// <summary>
/// Memory and connection bounds (<c>Emulator:Limits</c>): whatever clients send, the emulator's memory stays
/// bounded by these numbers. README, "Configuration reference" and "Differences from Azure".
/// </summary>
public sealed class LimitsOptions
{
    public const string SectionName = "Emulator:Limits";

    /// <summary>Sessions one tenant may hold. At the cap, expired sessions are evicted first; then create is refused.</summary>
    [Range(1, 10_000_000)]
    public int MaxSessionsPerTenant { get; set; } = 100_000;

    /// <summary>Tenants (distinct keys) held at once. At the cap, tenants holding no sessions are forgotten first; then new keys are refused.</summary>
    [Range(1, 1_000_000)]
    public int MaxTenants { get; set; } = 1_000;

    /// <summary>Kestrel's whole-request body limit; larger bodies get 413.</summary>
    [Range(1024, long.MaxValue)]
    public long MaxRequestBodyBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>How long Kestrel waits for a client's request headers (Kestrel's default: 30 s).</summary>
    [Range(0.5, 3600)]
    public double RequestHeadersTimeoutSeconds { get; set; } = 30;

    /// <summary>The slowest body upload Kestrel tolerates after the grace period (Kestrel's default: 240 bytes/s).</summary>
    [Range(1, double.MaxValue)]
    public double MinRequestBodyBytesPerSecond { get; set; } = 240;

    /// <summary>The grace period before the minimum body rate applies; Kestrel requires more than 1 s (its default: 5 s).</summary>
    [Range(1.01, 3600)]
    public double MinRequestBodyGraceSeconds { get; set; } = 5;
}
