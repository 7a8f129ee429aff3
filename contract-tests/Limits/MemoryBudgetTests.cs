using System.Net;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Limits;

/// <summary>
/// Emulator:Limits:MaxTenantBytes and MaxTotalBytes: at a budget, whatever would add more is refused with 403
/// MemoryLimitExceeded (the key's) or TotalMemoryLimitExceeded (the emulator's); deleting or resetting frees it.
/// A fresh emulator per test, since the tests fill it up.
/// </summary>
public sealed class MemoryBudgetTests() : OwnEmulatorFixture(new Dictionary<string, string?>
{
    ["Emulator:Limits:MaxTenantBytes"] = $"{TenantBytes}",
    ["Emulator:Limits:MaxTotalBytes"] = $"{TotalBytes}",
}, perTest: true)
{
    private const int TenantBytes = 96 * 1024;
    private const int TotalBytes = 160 * 1024;

    // A session costs at least 1 KB (ByteCosts), so a budget of 96 KiB holds fewer than 100.
    private const int Enough = 200;

    [Test]
    public async Task TenantBudget_IsReached_ThenCreateIsRefused()
    {
        using var client = Client("key-budget-tenant");

        var (created, refusal) = await FillAsync(client);

        created.Should().BeInRange(10, 99);
        refusal.ShouldBeError(HttpStatusCode.Forbidden, "MemoryLimitExceeded");
        refusal.ErrorMessage.Should().Contain("Emulator:Limits:MaxTenantBytes");
    }

    [Test]
    public async Task TenantBudget_DeletingASession_MakesRoomAgain()
    {
        using var client = Client("key-budget-delete");
        var first = (await client.PostSessionAsync()).Json!["sessionId"]!.GetValue<string>();
        await FillAsync(client);

        (await client.DeleteFaceAsync($"{AdminHttp.CreatePath}/{first}")).Status.Should().Be(HttpStatusCode.NoContent);

        (await client.PostSessionAsync()).Status.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task TenantBudget_ResetFreesIt()
    {
        using var client = Client("key-budget-reset");
        await FillAsync(client);

        (await client.PostAdminAsync("/__admin/reset", string.Empty)).Status.Should().Be(HttpStatusCode.NoContent);

        (await client.PostSessionAsync()).Status.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task TenantBudget_ExpiredSessionsAreEvictedFirst()
    {
        using var client = Client("key-budget-expired");
        var old = (await client.PostSessionAsync()).Json!["sessionId"]!.GetValue<string>();
        await FillAsync(client);
        (await client.PostAdminAsync("/__admin/clock", """{"advance":"PT48H"}""")).Status.Should().Be(HttpStatusCode.OK);

        (await client.PostSessionAsync()).Status.Should().Be(HttpStatusCode.OK);

        (await client.GetFaceAsync($"{AdminHttp.CreatePath}/{old}")).ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
    }

    [Test]
    public async Task TotalBudget_IsReached_ThenAnotherKeyIsRefused_UntilTheFirstIsReset()
    {
        using var first = Client("key-budget-first");
        using var second = Client("key-budget-second");
        await FillAsync(first);

        var (created, refusal) = await FillAsync(second);

        // The second key stops at the emulator's budget, well before its own.
        created.Should().BeLessThan(TenantBytes / 1024);
        refusal.ShouldBeError(HttpStatusCode.Forbidden, "TotalMemoryLimitExceeded");
        refusal.ErrorMessage.Should().Contain("Emulator:Limits:MaxTotalBytes");

        (await first.PostAdminAsync("/__admin/reset", string.Empty)).Status.Should().Be(HttpStatusCode.NoContent);
        (await second.PostSessionAsync()).Status.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task Script_LargerThanTheBudget_Returns403()
    {
        using var client = Client("key-budget-script");
        var (id, _) = await client.CreateSessionAsync("v1.2");
        var outcome = $$$"""{"error":{"code":"X","message":"{{{new string('m', 1024)}}}"}}""";
        var script = $"[{string.Join(',', Enumerable.Repeat(outcome, 100))}]";

        var response = await client.AdminRawAsync(HttpMethod.Put, $"/__admin/sessions/{id}/script", script);

        response.ShouldBeError(HttpStatusCode.Forbidden, "MemoryLimitExceeded");
        (await client.GetFaceAsync($"/__admin/sessions/{id}/script")).Json!["remaining"]!.AsArray().Should().BeEmpty();
    }

    [Test]
    public async Task Rules_UpToTheBudget_ThenRefused_AndDeletingThemFreesIt()
    {
        using var client = Client("key-budget-rules");
        var rule = """{"outcome":{"error":{"code":"X","message":"MESSAGE"}}}""".Replace("MESSAGE", new string('m', 1024), StringComparison.Ordinal);
        var added = 0;
        FaceResponse response;
        while ((response = await client.AdminRawAsync(HttpMethod.Post, "/__admin/rules", rule)).Status == HttpStatusCode.Created)
        {
            added++;
        }

        added.Should().BeInRange(10, 99, "100 rules would be the count cap, not the budget");
        response.ShouldBeError(HttpStatusCode.Forbidden, "MemoryLimitExceeded");

        (await client.AdminRawAsync(HttpMethod.Delete, "/__admin/rules")).Status.Should().Be(HttpStatusCode.NoContent);
        (await client.AdminRawAsync(HttpMethod.Post, "/__admin/rules", rule)).Status.Should().Be(HttpStatusCode.Created);
    }

    [Test]
    public async Task FaultRules_UpToTheBudget_ThenRefused()
    {
        using var client = Client("key-budget-faults");
        var fault = $$"""{"operation":"GetSessionImage","status":500,"message":"{{new string('m', 1024)}}"}""";
        var added = 0;
        FaceResponse response;
        while ((response = await client.AdminRawAsync(HttpMethod.Post, "/__admin/faults", fault)).Status == HttpStatusCode.Created)
        {
            added++;
        }

        added.Should().BeInRange(10, 99, "100 fault rules would be the count cap, not the budget");
        response.ShouldBeError(HttpStatusCode.Forbidden, "MemoryLimitExceeded");
    }

    [Test]
    public async Task Attempt_PastTheBudget_Returns403_AndIsNotRecorded()
    {
        using var client = Client("key-budget-attempt");
        var (id, _) = await client.CreateSessionAsync("v1.2");
        await FillAsync(client);

        var response = await client.AdminAttemptAsync(id, new { error = new { code = "X", message = new string('m', 1024) } });

        response.ShouldBeError(HttpStatusCode.Forbidden, "MemoryLimitExceeded");
        (await client.GetSessionAsync("v1.2", id)).Json!["results"]!["attempts"]!.AsArray().Should().BeEmpty();
    }

    /// <summary>Creates sessions until one is refused; returns how many were created and the refusal.</summary>
    private static async Task<(int Created, FaceResponse Refusal)> FillAsync(HttpClient client)
    {
        for (var created = 0; created < Enough; created++)
        {
            var response = await client.PostSessionAsync();
            if (response.Status != HttpStatusCode.OK)
            {
                return (created, response);
            }
        }

        throw new AssertionException($"{Enough} sessions were created without reaching the budget.");
    }
}
