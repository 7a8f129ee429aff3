using System.Net;
using FaceEmulator.ContractTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FaceEmulator.ContractTests.Faults;

/// <summary>Latency runs on the host's TimeProvider, replaced here by a fake: no test waits on the wall clock.</summary>
public sealed class FaultLatencyTests
{
    private readonly TimerAwareTimeProvider _time = new(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private EmulatorFactory _root = null!;
    private WebApplicationFactory<Program> _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _root = new EmulatorFactory();
        _factory = _root.WithWebHostBuilder(host => host.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(_time)));
        _client = _factory.CreateClient();
        _client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "key-latency");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _client.Dispose();
        await _root.DisposeAsync();
    }

    [TearDown]
    public Task ResetTenant() => _client.ResetAsync();

    [Test]
    public async Task LatencyOnly_DelaysThenLetsTheRequestThrough()
    {
        await _client.AddFaultAsync("""{"operation":"CreateLivenessSession","latencyMs":5000}""");

        var sending = _client.PostSessionAsync();
        await _time.WaitForTimerAsync(TimeSpan.FromMilliseconds(5000));
        _time.Advance(TimeSpan.FromMilliseconds(4999));
        sending.IsCompleted.Should().BeFalse("the delay has 1 ms left");
        _time.Advance(TimeSpan.FromMilliseconds(1));
        var response = await sending;

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        var entry = (await _client.GetFaceAsync("/__admin/requests")).Json!["requests"]![0]!;
        entry["durationMs"]!.GetValue<double>().Should().BeGreaterThanOrEqualTo(5000);
    }

    [Test]
    public async Task LatencyWithStatus_DelaysThenFails()
    {
        await _client.AddFaultAsync("""{"operation":"*","status":503,"latencyMs":1500}""");

        var sending = _client.PostSessionAsync();
        await _time.WaitForTimerAsync(TimeSpan.FromMilliseconds(1500));
        sending.IsCompleted.Should().BeFalse();
        _time.Advance(TimeSpan.FromMilliseconds(1500));

        (await sending).ShouldBeError(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable");
    }

    [Test]
    public async Task Latency_DoesNotDependOnTheFrozenVirtualClock()
    {
        // The tenant clock is frozen (deterministic mode); the delay still ends when host time moves.
        (await _client.GetFaceAsync("/__admin/clock")).Json!["frozen"]!.GetValue<bool>().Should().BeTrue();
        await _client.AddFaultAsync("""{"operation":"*","latencyMs":2500}""");

        var sending = _client.PostSessionAsync();
        await _time.WaitForTimerAsync(TimeSpan.FromMilliseconds(2500));
        _time.Advance(TimeSpan.FromMilliseconds(2500));

        (await sending).Status.Should().Be(HttpStatusCode.OK);
        (await _client.GetFaceAsync("/__admin/clock")).ClockNow().Should().Be(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }
}
