using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Limits;

/// <summary>
/// The memory check of the byte budgets: a bounded flood of the largest bodies the emulator keeps (full scripts,
/// rules and fault rules with the longest texts, attempts with the longest messages, device frames kept as
/// session images), from more keys than the emulator-wide budget can hold. Unbounded, the flood would keep about
/// 100 MB. Measured as the growth of the managed heap after full collections, with this fixture running alone
/// (<see cref="NonParallelizableAttribute"/>), so other tests' garbage does not count: the growth must stay under
/// Emulator:Limits:MaxTotalBytes plus <see cref="Margin"/> (README, Configuration reference).
/// </summary>
[NonParallelizable]
public sealed class MemoryFloodTests() : OwnEmulatorFixture(new Dictionary<string, string?>
{
    ["Emulator:Limits:MaxTenantBytes"] = $"{TenantBytes}",
    ["Emulator:Limits:MaxTotalBytes"] = $"{TotalBytes}",
})
{
    /// <summary>
    /// What the budget's estimates may miss (ByteCosts errs high, but dictionaries grow by doubling and the
    /// runtime keeps some pools), documented in README.
    /// </summary>
    public const long Margin = 16L * 1024 * 1024;

    private const long TenantBytes = 4L * 1024 * 1024;
    private const long TotalBytes = 16L * 1024 * 1024;
    private const int Keys = 10;
    private const int SessionsPerKey = 40;

    private static readonly string Message = new('m', 1024);
    private static readonly string Script = $"[{string.Join(',', Enumerable.Repeat($$"""{"error":{"code":"X","message":"{{Message}}"}""" + "}", 100))}]";
    private static readonly string Rule = """{"outcome":{"error":{"code":"X","message":"MESSAGE"}}}""".Replace("MESSAGE", Message, StringComparison.Ordinal);
    private static readonly string Fault = $$"""{"operation":"GetSessionImage","status":500,"errorCode":"{{new string('c', 64)}}","message":"{{Message}}"}""";

    [Test]
    public async Task FloodOfTheLargestBodies_KeepsTheHeapUnderTheBudgetPlusMargin()
    {
        // Warm up every path once, so code and caches that load on first use are counted before, not after.
        await FloodKeyAsync("warm-up", sessions: 1, rules: 1);
        using (var warm = Client("warm-up"))
        {
            (await warm.PostAdminAsync("/__admin/reset", string.Empty)).Status.Should().Be(HttpStatusCode.NoContent);
        }

        var before = Heap();
        var refused = 0;
        for (var key = 0; key < Keys; key++)
        {
            refused += await FloodKeyAsync($"flood-{key.ToString(CultureInfo.InvariantCulture)}", SessionsPerKey, rules: 100);
        }

        var growth = Heap() - before;
        await TestContext.Progress.WriteLineAsync($"memory flood: heap grew {growth / 1024} KiB; budget {TotalBytes / 1024} KiB + margin {Margin / 1024} KiB; {refused} requests refused at a budget");

        refused.Should().BePositive("the flood must reach the budgets, or it proves nothing");
        growth.Should().BeLessThan(TotalBytes + Margin);
    }

    /// <summary>Stores as much as one key may; returns how many requests a budget refused (403).</summary>
    private async Task<int> FloodKeyAsync(string key, int sessions, int rules)
    {
        using var app = Client(key);
        using var device = AnonymousClient();
        var refused = 0;
        void Count(FaceResponse response)
        {
            response.Status.Should().BeOneOf(HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.NoContent, HttpStatusCode.Forbidden);
            refused += response.Status == HttpStatusCode.Forbidden ? 1 : 0;
        }

        for (var i = 0; i < rules; i++)
        {
            Count(await app.AdminRawAsync(HttpMethod.Post, "/__admin/rules", Rule));
            Count(await app.AdminRawAsync(HttpMethod.Post, "/__admin/faults", Fault));
        }

        for (var i = 0; i < sessions; i++)
        {
            var created = await app.PostSessionAsync("v1.2", extra: new Dictionary<string, object> { ["enableSessionImage"] = true });
            Count(created);
            if (created.Status != HttpStatusCode.OK)
            {
                continue;
            }

            var id = created.Json!["sessionId"]!.GetValue<string>();
            Count(await app.AdminRawAsync(HttpMethod.Put, $"/__admin/sessions/{id}/script", Script));
            Count(await app.AdminAttemptAsync(id, new { error = new { code = "X", message = Message } }));
            Count(await app.AdminAttemptAsync(id, new { error = new { code = "X", message = Message } }));
            using var frame = new ByteArrayContent(FloodFrame.Value);
            frame.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            Count(await device.DetectAsync("v1.2", created.Json!["authToken"]!.GetValue<string>(), content: frame));
        }

        return refused;
    }

    /// <summary>A 400×400 PNG of noise, about 480 KB: kept as a session image by each session.</summary>
    private static readonly Lazy<byte[]> FloodFrame = new(() => TestImages.Png(400, 400, seed: 11));

    private static long Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
