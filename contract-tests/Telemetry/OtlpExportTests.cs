using System.Collections.Concurrent;
using System.Net;
using System.Text;
using FaceEmulator.ContractTests.Infrastructure;
using FaceEmulator.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace FaceEmulator.ContractTests.Telemetry;

/// <summary>
/// A real OTLP/HTTP export, configured only through the standard variables (as configuration keys: the environment
/// is shared by parallel tests), to a receiver this test starts on a free loopback port.
/// </summary>
public sealed class OtlpExportTests
{
    /// <summary>README's OpenTelemetry example, as written, but for the receiver's address.</summary>
    [Test]
    public async Task ReadmeExample_ExportsTracesMetricsAndLogsAsProtobuf()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        var settings = ReadmeExampleVariables();
        settings.Keys.Should().Contain("OTEL_EXPORTER_OTLP_ENDPOINT");
        settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = receiver.Url;
        using var factory = new EmulatorFactory(settings);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "key-otlp");

        (await client.PostSessionAsync("v1.2")).Status.Should().Be(HttpStatusCode.OK);
        // Flushing exports synchronously: each call returns once the receiver has answered.
        factory.Services.GetRequiredService<TracerProvider>().ForceFlush().Should().BeTrue();
        factory.Services.GetRequiredService<MeterProvider>().ForceFlush().Should().BeTrue();
        factory.Services.GetRequiredService<LoggerProvider>().ForceFlush().Should().BeTrue();

        var traces = receiver.Bodies("/v1/traces");
        traces.Should().NotBeEmpty();
        receiver.ContentTypes.Should().OnlyContain(t => t == "application/x-protobuf");
        // Protobuf keeps strings as UTF-8 bytes: the span's name, attribute key and the default service name show.
        Contains(traces, "CreateLivenessSession").Should().BeTrue();
        Contains(traces, FaceTelemetry.TenantTag).Should().BeTrue();
        Contains(traces, TelemetrySetup.DefaultServiceName).Should().BeTrue();
        Contains(receiver.Bodies("/v1/metrics"), FaceTelemetry.SessionsCreated).Should().BeTrue();
        Contains(receiver.Bodies("/v1/logs"), "CreateLivenessSession").Should().BeTrue();
    }

    /// <summary>The <c>NAME=value</c> words before <c>faceemu serve</c> in the first bash block under "## OpenTelemetry".</summary>
    private static Dictionary<string, string?> ReadmeExampleVariables()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot.Find(), "README.md"))
            .SkipWhile(l => l != "## OpenTelemetry").SkipWhile(l => l != "```bash").Skip(1).TakeWhile(l => l != "```");
        var command = lines.Single(l => l.Contains("faceemu serve", StringComparison.Ordinal));
        return command[..command.IndexOf("faceemu serve", StringComparison.Ordinal)]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => (string?)pair[1]);
    }

    private static bool Contains(IEnumerable<byte[]> bodies, string text) =>
        bodies.Any(body => body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0);

    /// <summary>Accepts OTLP/HTTP posts on /v1/traces, /v1/metrics and /v1/logs and keeps their bodies.</summary>
    private sealed class OtlpReceiver : IAsyncDisposable
    {
        private readonly ConcurrentQueue<(string Path, string? ContentType, byte[] Body)> _received = new();
        private WebApplication? _app;

        public string Url { get; private set; } = string.Empty;

        public IEnumerable<string?> ContentTypes => _received.Select(r => r.ContentType);

        public IReadOnlyList<byte[]> Bodies(string path) => [.. _received.Where(r => r.Path == path).Select(r => r.Body)];

        public static async Task<OtlpReceiver> StartAsync()
        {
            var receiver = new OtlpReceiver();
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            app.MapPost("/v1/{signal}", async (HttpContext context) =>
            {
                using var body = new MemoryStream();
                await context.Request.Body.CopyToAsync(body);
                receiver._received.Enqueue((context.Request.Path.Value!, context.Request.ContentType, body.ToArray()));
                return Results.Ok();
            });
            await app.StartAsync();
            receiver._app = app;
            receiver.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            return receiver;
        }

        public async ValueTask DisposeAsync()
        {
            if (_app is not null)
            {
                await _app.DisposeAsync();
            }
        }
    }
}
