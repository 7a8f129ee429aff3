using System.Net;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Clock;

public sealed class ClockIsolationTests
{
    [Test]
    public async Task ParallelTenants_EachKeepTheirOwnClock()
    {
        var keys = Enumerable.Range(0, 12).Select(i => $"key-{nameof(ClockIsolationTests)}-{i}").ToArray();

        await Task.WhenAll(keys.Select(async (key, i) =>
        {
            using var client = Emulator.Client(key);
            var start = new DateTimeOffset(2030 + i, 1, 1, 0, 0, 0, TimeSpan.Zero);
            (await client.PostAdminAsync("/__admin/clock", $$"""{"set":"{{start:O}}"}""")).Status.Should().Be(HttpStatusCode.OK);

            for (var step = 1; step <= 10; step++)
            {
                var advanced = await client.PostAdminAsync("/__admin/clock", """{"advance":"PT1M"}""");
                advanced.ClockNow().Should().Be(start.AddMinutes(step));
                var created = await client.PostSessionAsync();
                created.Message.Headers.Date.Should().Be(start.AddMinutes(step));
            }

            var requests = await client.GetFaceAsync("/__admin/requests");
            requests.Json!["total"]!.GetValue<int>().Should().Be(10);
            await client.ResetAsync();
        }));
    }

    [Test]
    public async Task MovingOneTenantsClock_LeavesAnotherAlone()
    {
        using var moved = Emulator.Client($"key-{nameof(ClockIsolationTests)}-moved");
        using var still = Emulator.Client($"key-{nameof(ClockIsolationTests)}-still");

        await moved.PostAdminAsync("/__admin/clock", """{"advance":"P30D"}""");

        (await still.GetFaceAsync("/__admin/clock")).ClockNow().Should().Be(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await moved.ResetAsync();
    }
}
