using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace FaceEmulator.Tenancy;

/// <summary>Binds <c>Emulator:Limits</c> and hands Kestrel its share: what hostile clients meet before any handler runs.</summary>
internal static class LimitsSetup
{
    public static IServiceCollection AddEmulatorLimits(this IServiceCollection services)
    {
        services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<LimitsOptions>>((kestrel, limits) =>
        {
            // Hostile clients (huge or endless bodies, slow uploads, stalled headers) meet these limits.
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = limits.Value.MaxRequestBodyBytes;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(limits.Value.RequestHeadersTimeoutSeconds);
            kestrel.Limits.MinRequestBodyDataRate = new(
                limits.Value.MinRequestBodyBytesPerSecond, TimeSpan.FromSeconds(limits.Value.MinRequestBodyGraceSeconds));
        });
        return services;
    }
}
