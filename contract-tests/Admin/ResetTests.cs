using System.Net;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Admin;

/// <summary>Its own emulator: resetting every tenant must not disturb fixtures running in parallel.</summary>
public sealed class ResetTests : OwnEmulatorFixture
{
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static async Task<string> DirtyAsync(HttpClient client)
    {
        await client.PostAdminAsync("/__admin/clock", """{"advance":"P1D"}""");
        var created = await client.PostSessionAsync();
        await client.AddFaultAsync("""{"operation":"GetLivenessSessionResult","status":500}""");
        return created.Json!["sessionId"]!.GetValue<string>();
    }

    private static async Task ShouldBeCleanAsync(HttpClient client, string sessionId)
    {
        (await client.GetFaceAsync("/__admin/clock")).ClockNow().Should().Be(Start);
        (await client.GetFaceAsync("/__admin/faults")).Json!["faults"]!.AsArray().Should().BeEmpty();
        (await client.GetFaceAsync("/__admin/requests")).Json!["requests"]!.AsArray().Should().BeEmpty();
        (await client.GetFaceAsync($"{AdminHttp.CreatePath}/{sessionId}")).ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
    }

    [Test]
    public async Task Reset_ClearsOnlyTheCallersTenant()
    {
        using var a = Client("key-reset-a");
        using var b = Client("key-reset-b");
        var sessionA = await DirtyAsync(a);
        await DirtyAsync(b);

        await a.ResetAsync();

        await ShouldBeCleanAsync(a, sessionA);
        (await b.GetFaceAsync("/__admin/clock")).ClockNow().Should().Be(Start.AddDays(1));
        (await b.GetFaceAsync("/__admin/faults")).Json!["faults"]!.AsArray().Should().HaveCount(1);
        await b.ResetAsync();
    }

    [Test]
    public async Task ResetAll_ClearsEveryTenant_WithoutAKey()
    {
        using var a = Client("key-resetall-a");
        using var b = Client("key-resetall-b");
        var sessionA = await DirtyAsync(a);
        var sessionB = await DirtyAsync(b);
        using var anonymous = AnonymousClient();

        var response = await anonymous.PostAsync("/__admin/reset?all=true", null);

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        await ShouldBeCleanAsync(a, sessionA);
        await ShouldBeCleanAsync(b, sessionB);
    }

    [Test]
    public async Task ResetWithoutKey_Returns401()
    {
        using var anonymous = AnonymousClient();

        var response = await anonymous.SendFaceAsync(HttpMethod.Post, "/__admin/reset");

        response.ShouldBeError(HttpStatusCode.Unauthorized, "Unspecified");
    }

    [Test]
    public async Task ResetWithBadAll_Returns400()
    {
        using var client = Client("key-reset-bad");

        var response = await client.SendFaceAsync(HttpMethod.Post, "/__admin/reset?all=yes");

        response.ShouldBeError(HttpStatusCode.BadRequest, "BadArgument");
    }
}
