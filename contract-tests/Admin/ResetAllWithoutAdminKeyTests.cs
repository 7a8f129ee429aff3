using System.Net;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Admin;

/// <summary>
/// The default: no <c>Emulator:Admin:Key</c>, so nothing may reset every tenant, whatever it sends, with or
/// without a key list (issue 11's first finding, in both configurations it was reported in).
/// </summary>
[TestFixture(false)]
[TestFixture(true)]
public sealed class ResetAllWithoutAdminKeyTests(bool keysListed) : OwnEmulatorFixture(keysListed
    ? new Dictionary<string, string?> { ["Emulator:Auth:Keys:0"] = Victim, ["Emulator:Auth:Keys:1"] = Caller }
    : null)
{
    private const string Victim = "listed-victim";
    private const string Caller = "listed-caller";

    [TestCase(null, null)]
    [TestCase(null, "any-admin-key")]
    [TestCase(Caller, null)]
    [TestCase(Caller, "any-admin-key")]
    public async Task ResetAll_IsRefused_AndClearsNothing(string? tenantKey, string? adminKey)
    {
        using var victim = Client(Victim);
        await ResetTests.DirtyAsync(victim);
        using var caller = tenantKey is null ? AnonymousClient() : Client(tenantKey);
        if (adminKey is not null)
        {
            caller.DefaultRequestHeaders.Add("x-emulator-admin-key", adminKey);
        }

        var response = await caller.SendFaceAsync(HttpMethod.Post, "/__admin/reset?all=true");

        response.ShouldBeError(HttpStatusCode.Forbidden, "AdminKeyNotConfigured");
        (await victim.GetFaceAsync("/__admin/faults")).Json!["faults"]!.AsArray().Should().HaveCount(1);
        await victim.ResetAsync();
    }

    [Test]
    public async Task ResetOfTheCallersTenant_StillNeedsNoAdminKey()
    {
        using var caller = Client(Caller);
        var sessionId = await ResetTests.DirtyAsync(caller);

        await caller.ResetAsync();

        await ResetTests.ShouldBeCleanAsync(caller, sessionId);
    }
}
