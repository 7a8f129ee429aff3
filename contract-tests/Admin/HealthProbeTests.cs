using FaceEmulator.Admin;
using FaceEmulator.ContractTests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace FaceEmulator.ContractTests.Admin;

/// <summary>
/// <c>--health-check</c>, the container's HEALTHCHECK: it must follow the configured port, and say 0 only
/// when the emulator answers 200 there.
/// </summary>
public sealed class HealthProbeTests
{
    [TestCase(null, null, "http://localhost:5080/health")]
    [TestCase(null, "5080", "http://127.0.0.1:5080/health")]
    [TestCase(null, "6123;6124", "http://127.0.0.1:6123/health")]
    [TestCase("http://+:7000", "6123", "http://127.0.0.1:7000/health")]
    [TestCase("http://*:7001", null, "http://127.0.0.1:7001/health")]
    [TestCase("http://0.0.0.0:7002", null, "http://127.0.0.1:7002/health")]
    [TestCase("http://[::]:7003", null, "http://127.0.0.1:7003/health")]
    [TestCase("https://localhost:7443;http://localhost:7004", null, "http://localhost:7004/health")]
    [TestCase("http://127.0.0.2:7005", null, "http://127.0.0.2:7005/health")]
    public void HealthUri_FollowsKestrelsPrecedence(string? urls, string? httpPorts, string expected)
    {
        var configuration = Configuration(("urls", urls), ("http_ports", httpPorts));

        HealthProbe.HealthUri(configuration).Should().Be(new Uri(expected));
    }

    [Test]
    public void HealthUri_KestrelEndpointsWin()
    {
        var configuration = Configuration(("urls", "http://+:7000"), ("Kestrel:Endpoints:Main:Url", "http://*:7100"));

        HealthProbe.HealthUri(configuration).Should().Be(new Uri("http://127.0.0.1:7100/health"));
    }

    [Test]
    public async Task RunningEmulator_ProbeExits0()
    {
        await using var factory = new EmulatorFactory();
        var address = factory.StartOnLoopback();

        var exitCode = await HealthProbe.RunAsync([HealthProbe.Switch, "--urls", address]);

        exitCode.Should().Be(0);
    }

    [Test]
    public async Task NothingListening_ProbeExits1()
    {
        // Port 1 (tcpmux) is privileged and unused: the connection is refused at once.
        var exitCode = await HealthProbe.RunAsync(["--urls", "http://127.0.0.1:1", HealthProbe.Switch]);

        exitCode.Should().Be(1);
    }

    private static IConfiguration Configuration(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Where(s => s.Value is not null).Select(s => KeyValuePair.Create(s.Key, s.Value)))
            .Build();
}
