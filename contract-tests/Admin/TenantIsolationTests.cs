using System.Net;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Admin;

public sealed class TenantIsolationTests
{
    [Test]
    public async Task ClocksFaultsAndJournals_AreKeptPerTenant()
    {
        using var a = Emulator.Client($"{Emulator.KeyFor(this)}-a");
        using var b = Emulator.Client($"{Emulator.KeyFor(this)}-b");

        await a.PostAdminAsync("/__admin/clock", """{"set":"2031-01-01T00:00:00Z"}""");
        await a.AddFaultAsync("""{"operation":"*","status":503}""");
        (await a.PostSessionAsync()).Status.Should().Be(HttpStatusCode.ServiceUnavailable);

        (await b.GetFaceAsync("/__admin/clock")).ClockNow().Should().Be(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
        (await b.GetFaceAsync("/__admin/faults")).Json!["faults"]!.AsArray().Should().BeEmpty();
        (await b.PostSessionAsync()).Status.Should().Be(HttpStatusCode.OK);
        (await b.GetFaceAsync("/__admin/requests")).Json!["requests"]!.AsArray().Single()!["status"]!.GetValue<int>().Should().Be(200);
        (await a.GetFaceAsync("/__admin/requests")).Json!["requests"]!.AsArray().Single()!["status"]!.GetValue<int>().Should().Be(503);

        await a.ResetAsync();
        await b.ResetAsync();
    }
}
