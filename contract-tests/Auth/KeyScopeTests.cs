using System.Net;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Auth;

/// <summary>
/// A tenant's key reaches only that tenant, on Face and admin routes alike: tenant B's key (and a bearer token,
/// where allowed) sees nothing of tenant A's clock, journal, faults, rules or scripts, and changes none of them.
/// Run with and without a key list, since the list changes who may call, not what a caller reaches.
/// </summary>
[TestFixture(false)]
[TestFixture(true)]
public sealed class KeyScopeTests(bool keysListed) : OwnEmulatorFixture(keysListed
    ? new Dictionary<string, string?> { ["Emulator:Auth:Keys:0"] = KeyA, ["Emulator:Auth:Keys:1"] = KeyB, ["Emulator:Auth:AllowBearer"] = "true" }
    : null)
{
    private const string KeyA = "scope-a";
    private const string KeyB = "scope-b";

    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private HttpClient Bearer()
    {
        var client = AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "any-token");
        return client;
    }

    [Test]
    public async Task AnotherTenantsKey_NeverReachesTheTenantsAdminData()
    {
        using var a = Client(KeyA);
        using var b = Client(KeyB);
        using var bearer = Bearer();
        var (sessionId, _) = await a.CreateSessionAsync("v1.2");
        await a.PostAdminAsync("/__admin/clock", """{"advance":"P1D"}""");
        await a.AddFaultAsync("""{"operation":"GetLivenessSessionResult","status":500,"count":100}""");
        var rule = await a.PostAdminAsync("/__admin/rules", """{"outcome":"printed-photo"}""");
        rule.Status.Should().Be(HttpStatusCode.Created, rule.Body);
        var ruleId = rule.Json!["id"]!.GetValue<string>();
        (await a.AdminRawAsync(HttpMethod.Put, $"/__admin/sessions/{sessionId}/script", """["screen-replay"]""")).Status.Should().Be(HttpStatusCode.OK);

        foreach (var other in new[] { b, bearer })
        {
            (await other.GetFaceAsync("/__admin/clock")).ClockNow().Should().Be(Start);
            (await other.GetFaceAsync("/__admin/faults")).Json!["faults"]!.AsArray().Should().BeEmpty();
            (await other.GetFaceAsync("/__admin/rules")).Json!.AsArray().Should().BeEmpty();
            (await other.GetFaceAsync("/__admin/requests")).Json!["requests"]!.AsArray().Should().BeEmpty();
            (await other.GetFaceAsync($"/__admin/sessions/{sessionId}/script")).ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
            (await other.AdminRawAsync(HttpMethod.Put, $"/__admin/sessions/{sessionId}/script", """["real-face"]""")).ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
            (await other.AdminRawAsync(HttpMethod.Delete, $"/__admin/sessions/{sessionId}/script")).ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
            (await other.AdminAttemptAsync(sessionId, new { scenario = "real-face" })).ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
            (await other.AdminRawAsync(HttpMethod.Delete, "/__admin/faults/fault-1")).ShouldBeError(HttpStatusCode.NotFound, "NotFound");
            (await other.AdminRawAsync(HttpMethod.Delete, $"/__admin/rules/{ruleId}")).ShouldBeError(HttpStatusCode.NotFound, "RuleNotFound");
            (await other.DeleteFaceAsync($"{AdminHttp.CreatePath}/{sessionId}")).ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
            (await other.AdminRawAsync(HttpMethod.Delete, "/__admin/faults")).Status.Should().Be(HttpStatusCode.NoContent);
            (await other.AdminRawAsync(HttpMethod.Delete, "/__admin/rules")).Status.Should().Be(HttpStatusCode.NoContent);
            (await other.AdminRawAsync(HttpMethod.Delete, "/__admin/requests")).Status.Should().Be(HttpStatusCode.NoContent);
            await other.ResetAsync();
        }

        (await a.GetFaceAsync("/__admin/clock")).ClockNow().Should().Be(Start.AddDays(1));
        (await a.GetFaceAsync("/__admin/faults")).Json!["faults"]!.AsArray().Should().ContainSingle();
        (await a.GetFaceAsync("/__admin/rules")).Json!.AsArray().Should().ContainSingle();
        (await a.GetFaceAsync($"/__admin/sessions/{sessionId}/script")).Json!["remaining"]!.AsArray().Should().ContainSingle();
        (await a.GetFaceAsync("/__admin/requests")).Json!["total"]!.GetValue<int>().Should().Be(1);
        await a.ResetAsync();
    }
}
