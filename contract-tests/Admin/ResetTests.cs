using System.Net;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Admin;

/// <summary>
/// Its own emulator, with an admin key: resetting every tenant must not disturb fixtures running in parallel.
/// Without an admin key, see <see cref="ResetAllWithoutAdminKeyTests"/>.
/// </summary>
public sealed class ResetTests() : OwnEmulatorFixture(new Dictionary<string, string?> { ["Emulator:Admin:Key"] = AdminKey })
{
    public const string AdminKey = "reset-tests-admin-key";

    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    internal static async Task<string> DirtyAsync(HttpClient client)
    {
        await client.PostAdminAsync("/__admin/clock", """{"advance":"P1D"}""");
        var created = await client.PostSessionAsync();
        await client.AddFaultAsync("""{"operation":"GetLivenessSessionResult","status":500}""");
        return created.Json!["sessionId"]!.GetValue<string>();
    }

    internal static async Task ShouldBeCleanAsync(HttpClient client, string sessionId)
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
    public async Task ResetAll_WithTheAdminKey_ClearsEveryTenant()
    {
        using var a = Client("key-resetall-a");
        using var b = Client("key-resetall-b");
        var sessionA = await DirtyAsync(a);
        var sessionB = await DirtyAsync(b);
        using var admin = AnonymousClient();
        admin.DefaultRequestHeaders.Add("x-emulator-admin-key", AdminKey);

        var response = await admin.PostAsync("/__admin/reset?all=true", null);

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        await ShouldBeCleanAsync(a, sessionA);
        await ShouldBeCleanAsync(b, sessionB);
    }

    // The first finding of issue 11: any caller, with no key at all, wiped every tenant.
    [TestCase(null, null)]
    [TestCase(null, "wrong-admin-key")]
    [TestCase(null, "")]
    [TestCase("key-resetall-c", null)]
    [TestCase("key-resetall-c", AdminKey + "x")]
    [TestCase("key-resetall-c", "reset-tests-admin-kez")]
    public async Task ResetAll_WithoutTheRightAdminKey_Returns401AndClearsNothing(string? tenantKey, string? adminKey)
    {
        using var victim = Client("key-resetall-victim");
        await DirtyAsync(victim);
        using var caller = tenantKey is null ? AnonymousClient() : Client(tenantKey);
        if (adminKey is not null)
        {
            caller.DefaultRequestHeaders.TryAddWithoutValidation("x-emulator-admin-key", adminKey);
        }

        var response = await caller.SendFaceAsync(HttpMethod.Post, "/__admin/reset?all=true");

        response.ShouldBeError(HttpStatusCode.Unauthorized, "InvalidAdminKey");
        (await victim.GetFaceAsync("/__admin/faults")).Json!["faults"]!.AsArray().Should().HaveCount(1);
        (await victim.GetFaceAsync("/__admin/clock")).ClockNow().Should().Be(Start.AddDays(1));
        await victim.ResetAsync();
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
