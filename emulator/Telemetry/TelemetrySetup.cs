using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Resources;

namespace FaceEmulator.Telemetry;

/// <summary>
/// The emulator's spans, metrics and logs (<see cref="FaceTelemetry"/>) are always emitted to whoever listens. The
/// OpenTelemetry SDK and its OTLP exporter are added only when an OTLP endpoint is configured (the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> or a per-signal one, which Aspire sets): otherwise nothing listens, and the
/// instrumentation costs nothing. Every other <c>OTEL_*</c> variable (protocol, headers, service name) applies as usual.
/// </summary>
internal static class TelemetrySetup
{
    /// <summary>The service name when <c>OTEL_SERVICE_NAME</c> is not set.</summary>
    public const string DefaultServiceName = "faceemulator";

    private static readonly string[] EndpointKeys =
    [
        "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", "OTEL_EXPORTER_OTLP_LOGS_ENDPOINT",
    ];

    public static WebApplicationBuilder AddFaceTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<FaceMetrics>();
        var config = builder.Configuration;
        if (!EndpointKeys.Any(key => !string.IsNullOrWhiteSpace(config[key])))
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource =>
            {
                if (string.IsNullOrWhiteSpace(config["OTEL_SERVICE_NAME"]))
                {
                    resource.AddService(DefaultServiceName, serviceVersion: Admin.Info.InfoAdminApi.EmulatorVersion);
                }
            })
            // ASP.NET Core's own request spans and HTTP metrics come along: they carry the caller's trace context.
            .WithTracing(tracing => tracing.AddSource(FaceTelemetry.Name, "Microsoft.AspNetCore"))
            .WithMetrics(metrics => metrics.AddMeter(FaceTelemetry.Name, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel"))
            .WithLogging()
            .UseOtlpExporter();

        // The emulator's per-operation log entries go to the collector even where the console shows warnings only.
        builder.Logging.AddFilter<OpenTelemetryLoggerProvider>(FaceTelemetry.Name, LogLevel.Information);
        return builder;
    }
}
