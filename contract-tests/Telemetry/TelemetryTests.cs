using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using FaceEmulator.ContractTests.Infrastructure;
using FaceEmulator.Telemetry;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace FaceEmulator.ContractTests.Telemetry;

/// <summary>
/// Spans, metrics and logs through OpenTelemetry's in-memory exporter. Listeners are process-wide and other
/// fixtures run emulators in parallel, so every assertion selects this test's tenant (its hashed key).
/// </summary>
public sealed class TelemetryTests
{
    private const string Version = "v1.2";

    [Test]
    public async Task Spans_OnePerFaceDeviceAndAdminOperation_WithTenantSessionDecisionAndFault()
    {
        var spans = new List<Activity>();
        var key = $"key-spans-{Guid.NewGuid():N}";
        using (var tracing = Tracing(spans))
        using (var factory = new EmulatorFactory())
        using (var client = Client(factory, key))
        {
            var (sessionId, token) = await client.CreateSessionAsync(Version);
            (await client.AdminAttemptAsync(sessionId, new { decision = "spoofface" })).Status.Should().Be(HttpStatusCode.OK);
            (await client.DetectAsync(Version, token)).Status.Should().BeOneOf(HttpStatusCode.OK, HttpStatusCode.NoContent);
            (await client.PostFaceJsonAsync("/__admin/faults", new { operation = "GetLivenessSessionResult", status = 503, count = 1 }))
                .Status.Should().Be(HttpStatusCode.Created);
            (await client.GetFaceAsync($"/face/{Version}/detectLiveness-sessions/{sessionId}")).Status.Should().Be(HttpStatusCode.ServiceUnavailable);
            tracing.ForceFlush();
        }

        var mine = spans.Where(s => s.Source.Name == FaceTelemetry.Name && (string?)s.GetTagItem(FaceTelemetry.TenantTag) == TenantId(key)).ToList();
        mine.Select(s => s.DisplayName).Should().Equal(
            "CreateLivenessSession", "AdminAddAttempt", "DetectLiveness", "AddFault", "GetLivenessSessionResult");
        mine.Should().OnlyContain(s => s.Source.Name == FaceTelemetry.Name && (string?)s.GetTagItem(FaceTelemetry.OperationTag) == s.DisplayName);
        mine.Should().NotContain(s => s.Tags.Any(t => t.Value == key), "the subscription key never appears");
        var create = mine[0];
        create.GetTagItem(FaceTelemetry.ApiVersionTag).Should().Be(Version);
        var sessionId2 = create.GetTagItem(FaceTelemetry.SessionIdTag).Should().BeOfType<string>().Subject;
        mine[1].GetTagItem(FaceTelemetry.DecisionTag).Should().Be("spoofface");
        mine[1].GetTagItem(FaceTelemetry.SessionIdTag).Should().Be(sessionId2);
        mine[2].GetTagItem(FaceTelemetry.DecisionTag).Should().Be("realface", "the default scenario decides the device's attempt");
        mine[4].GetTagItem(FaceTelemetry.FaultTag).Should().Be("fault-1");
        mine[4].GetTagItem(FaceTelemetry.StatusCodeTag).Should().Be(503);
        mine[4].Status.Should().Be(ActivityStatusCode.Error);
    }

    [Test]
    public async Task Metrics_CountSessionsAttemptsByDecisionFaultsAndLiveState()
    {
        var metrics = new List<Metric>();
        var key = $"key-metrics-{Guid.NewGuid():N}";
        using var meters = Sdk.CreateMeterProviderBuilder().AddMeter(FaceTelemetry.Name).AddInMemoryExporter(metrics).Build();
        using var factory = new EmulatorFactory();
        using var client = Client(factory, key);

        var (sessionId, _) = await client.CreateSessionAsync(Version);
        await client.AdminAttemptAsync(sessionId, new { decision = "spoofface" });
        await client.AdminAttemptAsync(sessionId, new { decision = "realface" });
        await client.PostFaceJsonAsync("/__admin/faults", new { operation = "CreateLivenessSession", status = 429, count = 1 });
        (await client.PostSessionAsync(Version)).Status.Should().Be(HttpStatusCode.TooManyRequests);
        meters.ForceFlush();

        Sum(metrics, FaceTelemetry.SessionsCreated, key).Should().Be(1);
        Sum(metrics, FaceTelemetry.Attempts, key, (FaceTelemetry.DecisionTag, "spoofface")).Should().Be(1);
        Sum(metrics, FaceTelemetry.Attempts, key, (FaceTelemetry.DecisionTag, "realface")).Should().Be(1);
        Sum(metrics, FaceTelemetry.FaultsInjected, key, (FaceTelemetry.OperationTag, "CreateLivenessSession")).Should().Be(1);
        Points(metrics, FaceTelemetry.LiveSessions).Sum(p => p.GetSumLong()).Should().BeGreaterThanOrEqualTo(1);
        Points(metrics, FaceTelemetry.LiveTenants).Sum(p => p.GetSumLong()).Should().BeGreaterThanOrEqualTo(1);
    }

    [Test]
    public async Task Logs_CarryTheTraceAndSpanOfTheirOperation()
    {
        var spans = new List<Activity>();
        var logs = new List<LogRecord>();
        var key = $"key-logs-{Guid.NewGuid():N}";
        using var emulator = new EmulatorFactory().WithWebHostBuilder(web => web.ConfigureLogging(logging => logging
            .AddFilter<OpenTelemetryLoggerProvider>(FaceTelemetry.Name, LogLevel.Information)
            .AddOpenTelemetry(otel => otel.AddInMemoryExporter(logs))));
        using var tracing = Tracing(spans);
        using var client = emulator.CreateClient();
        client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", key);

        await client.CreateSessionAsync(Version);
        tracing.ForceFlush();

        var span = spans.Single(s => s.Source.Name == FaceTelemetry.Name && (string?)s.GetTagItem(FaceTelemetry.TenantTag) == TenantId(key));
        var log = logs.Single(l => l.Attributes!.Any(a => a.Key == "Tenant" && (string?)a.Value == TenantId(key)));
        log.TraceId.Should().Be(span.TraceId);
        log.SpanId.Should().Be(span.SpanId);
        log.Attributes.Should().Contain(new KeyValuePair<string, object?>("Operation", "CreateLivenessSession"));
    }

    [Test]
    public void WithoutAnOtlpEndpoint_NoOpenTelemetrySdkIsRegistered()
    {
        using var factory = new EmulatorFactory();

        factory.Services.GetService<TracerProvider>().Should().BeNull();
        factory.Services.GetService<MeterProvider>().Should().BeNull();
    }

    /// <summary>
    /// As the OTLP set-up listens: ASP.NET Core's request span is the parent, and the default parent-based sampler
    /// records the emulator's spans only when that parent is recorded too.
    /// </summary>
    private static TracerProvider Tracing(List<Activity> spans) =>
        Sdk.CreateTracerProviderBuilder().AddSource(FaceTelemetry.Name, "Microsoft.AspNetCore").AddInMemoryExporter(spans).Build();

    /// <summary>The hashed key, as <c>Tenant.SubscriptionId</c> computes it.</summary>
    internal static string TenantId(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))[..16]);

    private static HttpClient Client(EmulatorFactory factory, string key)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", key);
        return client;
    }

    private static List<MetricPoint> Points(List<Metric> metrics, string name)
    {
        var points = new List<MetricPoint>();
        foreach (var metric in metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                points.Add(point);
            }
        }

        return points;
    }

    private static long Sum(List<Metric> metrics, string name, string key, params (string Key, object Value)[] tags) =>
        Points(metrics, name).Where(p => HasTag(p, FaceTelemetry.TenantTag, TenantId(key)) && tags.All(t => HasTag(p, t.Key, t.Value)))
            .Sum(p => p.GetSumLong());

    private static bool HasTag(MetricPoint point, string key, object value)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key && Equals(tag.Value, value))
            {
                return true;
            }
        }

        return false;
    }
}
