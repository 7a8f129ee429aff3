using System.Globalization;
using System.Net;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Clock;

public sealed class ClockAdminTests : TenantFixture
{
    private static readonly DateTimeOffset DeterministicStart = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [TearDown]
    public Task ResetTenant() => Client.ResetAsync();

    [Test]
    public async Task Get_ReturnsNowAndFrozen()
    {
        var response = await Client.GetFaceAsync("/__admin/clock");

        response.Status.Should().Be(HttpStatusCode.OK);
        response.ClockNow().Should().Be(DeterministicStart);
        response.Json!["frozen"]!.GetValue<bool>().Should().BeTrue();
    }

    [Test]
    public async Task Set_MovesTheClockToTheInstant()
    {
        var response = await Client.PostAdminAsync("/__admin/clock", """{"set":"2025-06-30T12:00:00Z"}""");

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        response.ClockNow().Should().Be(new DateTimeOffset(2025, 6, 30, 12, 0, 0, TimeSpan.Zero));
        (await Client.GetFaceAsync("/__admin/clock")).ClockNow().Should().Be(new DateTimeOffset(2025, 6, 30, 12, 0, 0, TimeSpan.Zero));
    }

    [Test]
    public async Task Set_WithAnOffset_IsStoredAsUtc()
    {
        var response = await Client.PostAdminAsync("/__admin/clock", """{"set":"2025-06-30T14:00:00+02:00"}""");

        response.ClockNow().Should().Be(new DateTimeOffset(2025, 6, 30, 12, 0, 0, TimeSpan.Zero));
        response.ClockNow().Offset.Should().Be(TimeSpan.Zero);
    }

    [TestCase("PT11M", 11 * 60)]
    [TestCase("P2D", 2 * 86_400)]
    [TestCase("PT0.5S", 0.5)]
    [TestCase("-PT1H", -3600)]
    public async Task Advance_MovesByTheIsoDuration(string duration, double seconds)
    {
        var response = await Client.PostAdminAsync("/__admin/clock", $$"""{"advance":"{{duration}}"}""");

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        response.ClockNow().Should().Be(DeterministicStart.AddSeconds(seconds));
    }

    [Test]
    public async Task Unfreeze_ThenFreeze_TogglesFrozen()
    {
        var unfrozen = await Client.PostAdminAsync("/__admin/clock", """{"freeze":false}""");
        unfrozen.Json!["frozen"]!.GetValue<bool>().Should().BeFalse();

        var frozen = await Client.PostAdminAsync("/__admin/clock", """{"freeze":true}""");
        frozen.Json!["frozen"]!.GetValue<bool>().Should().BeTrue();

        // Frozen means frozen: two reads agree exactly.
        var again = await Client.GetFaceAsync("/__admin/clock");
        again.ClockNow().Should().Be(frozen.ClockNow());
    }

    [Test]
    public async Task Combination_AppliesFreezeThenSetThenAdvance()
    {
        await Client.PostAdminAsync("/__admin/clock", """{"freeze":false}""");

        var response = await Client.PostAdminAsync("/__admin/clock", """{"advance":"PT1M","set":"2030-01-01T00:00:00Z","freeze":true}""");

        response.ClockNow().Should().Be(new DateTimeOffset(2030, 1, 1, 0, 1, 0, TimeSpan.Zero));
        response.Json!["frozen"]!.GetValue<bool>().Should().BeTrue();
    }

    [Test]
    public async Task DateHeader_FollowsTheTenantClock()
    {
        await Client.PostAdminAsync("/__admin/clock", """{"set":"2027-03-04T05:06:07Z"}""");

        var response = await Client.PostSessionAsync();

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        response.Message.Headers.Date.Should().Be(new DateTimeOffset(2027, 3, 4, 5, 6, 7, TimeSpan.Zero));
    }

    [Test]
    public async Task CreatedDateTime_FollowsTheTenantClock()
    {
        await Client.PostAdminAsync("/__admin/clock", """{"set":"2027-03-04T05:06:07Z"}""");
        var created = await Client.PostSessionAsync("v1.2-preview.1");
        var sessionId = created.Json!["sessionId"]!.GetValue<string>();
        await Client.PostAdminAsync("/__admin/clock", """{"advance":"PT11M"}""");

        var session = await Client.GetFaceAsync($"{AdminHttp.CreateClassicPath}/{sessionId}");

        DateTimeOffset.Parse(session.Json!["createdDateTime"]!.GetValue<string>(), CultureInfo.InvariantCulture)
            .Should().Be(new DateTimeOffset(2027, 3, 4, 5, 6, 7, TimeSpan.Zero));
        session.Message.Headers.Date.Should().Be(new DateTimeOffset(2027, 3, 4, 5, 17, 7, TimeSpan.Zero));
    }

    [TestCase("""{"set":"yesterday"}""")]
    [TestCase("""{"advance":"11 minutes"}""")]
    [TestCase("""{"advance":"PT11X"}""")]
    [TestCase("""{"freeze":"yes"}""")]
    [TestCase("""{"sett":"2024-01-01T00:00:00Z"}""")]
    [TestCase("""{}""")]
    [TestCase("""[]""")]
    [TestCase("""not json""")]
    [TestCase("")]
    [TestCase("""{"set":"9999-12-31T23:59:59Z"}""")]
    [TestCase("""{"set":"1900-01-01T00:00:00Z"}""")]
    [TestCase("""{"advance":"P99999999D"}""")]
    [TestCase("""{"advance":"P183000D"}""")]
    [TestCase("""{"advance":"-P20000D"}""")]
    [TestCase("""{"set":"8999-12-31T00:00:00Z","advance":"P2D"}""")]
    public async Task BadInput_Returns400BadArgument_AndLeavesTheClock(string body)
    {
        var response = await Client.PostAdminAsync("/__admin/clock", body);

        response.ShouldBeError(HttpStatusCode.BadRequest, "BadArgument");
        (await Client.GetFaceAsync("/__admin/clock")).ClockNow().Should().Be(DeterministicStart);
    }

    [Test]
    public async Task RepeatedAdvances_StopAtTheSupportedRange()
    {
        for (var i = 0; i < 20; i++)
        {
            await Client.PostAdminAsync("/__admin/clock", """{"advance":"P182000D"}""");
        }

        (await Client.PostSessionAsync()).Status.Should().Be(HttpStatusCode.OK);
        (await Client.GetFaceAsync("/__admin/clock")).ClockNow().Year.Should().BeLessThanOrEqualTo(9000);
    }

    [Test]
    public async Task WithoutKey_Returns401()
    {
        using var anonymous = Emulator.AnonymousClient();

        var response = await anonymous.GetFaceAsync("/__admin/clock");

        response.ShouldBeError(HttpStatusCode.Unauthorized, "Unspecified");
    }
}
