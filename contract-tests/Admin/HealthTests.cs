using System.Net;
using FaceEmulator.Admin;
using FaceEmulator.ContractTests.Infrastructure;
using FaceEmulator.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Hosting;

namespace FaceEmulator.ContractTests.Admin;

public sealed class HealthTests
{
    [Test]
    public async Task StartedEmulator_Returns200Healthy()
    {
        using var client = Emulator.AnonymousClient();

        var response = await client.GetFaceAsync("/health");

        response.Status.Should().Be(HttpStatusCode.OK);
        response.Json!["status"]!.GetValue<string>().Should().Be("Healthy");
    }

    // Unit-level: a host that has not started cannot be reached over HTTP, so the handler is called directly.
    [Test]
    public void BeforeStart_Returns503InAzuresEnvelope()
    {
        var result = HealthApi.Get(new NotStartedLifetime());

        var error = result.Result.Should().BeOfType<FaceErrorResult>().Subject.Error;
        error.Status.Should().Be(503);
        error.Code.Should().Be("ServiceUnavailable");
    }

    [Test]
    public void AfterStart_Returns200()
    {
        using var started = new CancellationTokenSource();
        started.Cancel();

        var result = HealthApi.Get(new NotStartedLifetime(started.Token));

        result.Result.Should().BeOfType<Ok<HealthReport>>();
    }

    private sealed class NotStartedLifetime(CancellationToken started = default) : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => started;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
