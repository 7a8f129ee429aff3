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

    /// <summary>
    /// Approximate bytes one tenant may hold: sessions and their attempts, scripts, rules, fault rules, journal
    /// entries and session images (estimated, <see cref="ByteCosts"/>). At the limit, whatever would add more is
    /// refused with 403 <c>MemoryLimitExceeded</c>. Defaults to 256 MiB.
    /// </summary>
    [Range(64 * 1024, long.MaxValue)]
    public long MaxTenantBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>The same, summed over every tenant; at the limit, 403 <c>TotalMemoryLimitExceeded</c>. Defaults to 2 GiB.</summary>
    [Range(64 * 1024, long.MaxValue)]
    public long MaxTotalBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Bytes of session images one tenant keeps; past it the oldest images are dropped. Defaults to 64 MiB.</summary>
    [Range(1024, long.MaxValue)]
    public long MaxSessionImageBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>
    /// The largest image a device call may send as its frame; larger is 400 <c>InvalidImageSize</c>. Defaults to
    /// 6 MiB, the reference image's documented maximum.
    /// </summary>
    [Range(1024, 12 * 1024 * 1024)]
    public int MaxDeviceFrameBytes { get; set; } = 6 * 1024 * 1024;
}
