using System.Net;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Limits;

/// <summary>Emulator:Limits:MaxTenants: idle tenants without sessions are forgotten first, then new keys are refused (README).</summary>
public sealed class TenantCapTests()
    : OwnEmulatorFixture(new Dictionary<string, string?> { ["Emulator:Limits:MaxTenants"] = $"{Cap}" }, perTest: true)
{
    private const int Cap = 4;

    [Test]
    public async Task WhenEveryTenantHoldsSessions_ANewKeyIsRefused()
    {
        var sessions = new Dictionary<string, string>();
        for (var i = 0; i < Cap; i++)
        {
            using var client = Client($"key-holder-{i}");
            sessions[$"key-holder-{i}"] = (await client.PostSessionAsync()).Json!["sessionId"]!.GetValue<string>();
        }

        using var newcomer = Client("key-newcomer");
        (await newcomer.PostSessionAsync()).ShouldBeError(HttpStatusCode.Forbidden, "KeyLimitExceeded");
        (await newcomer.GetFaceAsync("/__admin/clock")).ShouldBeError(HttpStatusCode.Forbidden, "KeyLimitExceeded");

        // The tenants already there keep working and keep their sessions.
        foreach (var (key, id) in sessions)
        {
            using var client = Client(key);
            (await client.GetFaceAsync($"{AdminHttp.CreatePath}/{id}")).Status.Should().Be(HttpStatusCode.OK);
        }
    }

    [Test]
    public async Task AFloodOfKeysWithoutSessions_EvictsIdleTenantsAndNeverRefuses()
    {
        using var holder = Client("key-holder");
        var id = (await holder.PostSessionAsync()).Json!["sessionId"]!.GetValue<string>();

        for (var i = 0; i < 50; i++)
        {
            using var client = Client($"key-flood-{i}");
            (await client.GetFaceAsync($"{AdminHttp.CreatePath}/nope")).ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
        }

        // The tenant that holds a session is never evicted.
        (await holder.GetFaceAsync($"{AdminHttp.CreatePath}/{id}")).Status.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task ResettingATenant_MakesRoomForANewKey()
    {
        for (var i = 0; i < Cap; i++)
        {
            using var client = Client($"key-holder-{i}");
            await client.PostSessionAsync();
        }

        using (var first = Client("key-holder-0"))
        {
            await first.ResetAsync();
        }

        using var newcomer = Client("key-newcomer");
        (await newcomer.PostSessionAsync()).Status.Should().Be(HttpStatusCode.OK);
    }
}
