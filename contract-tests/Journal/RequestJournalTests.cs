using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Journal;

public sealed class RequestJournalTests : TenantFixture
{
    [TearDown]
    public Task ResetTenant() => Client.ResetAsync();

    private async Task<JsonArray> RequestsAsync(string query = "")
    {
        var response = await Client.GetFaceAsync("/__admin/requests" + query);
        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        return response.Json!["requests"]!.AsArray();
    }

    [Test]
    public async Task Create_IsRecordedWithTheNewSessionId()
    {
        await Client.PostAdminAsync("/__admin/clock", """{"set":"2026-02-03T04:05:06Z"}""");
        var created = await Client.PostSessionAsync("v1.2");

        var entry = (await RequestsAsync()).Single()!;

        entry["method"]!.GetValue<string>().Should().Be("POST");
        entry["path"]!.GetValue<string>().Should().Be("/face/v1.2/detectLiveness-sessions");
        entry["operation"]!.GetValue<string>().Should().Be("CreateLivenessSession");
        entry["apiVersion"]!.GetValue<string>().Should().Be("v1.2");
        entry["status"]!.GetValue<int>().Should().Be(200);
        entry["sessionId"]!.GetValue<string>().Should().Be(created.Json!["sessionId"]!.GetValue<string>());
        DateTimeOffset.Parse(entry["time"]!.GetValue<string>(), CultureInfo.InvariantCulture).Should().Be(new DateTimeOffset(2026, 2, 3, 4, 5, 6, TimeSpan.Zero));
        entry["durationMs"]!.GetValue<double>().Should().BeGreaterThanOrEqualTo(0);
    }

    [Test]
    public async Task ClassicCreate_AndRouteSessionId_AreRecorded()
    {
        var created = await Client.PostSessionAsync("v1.2-preview.1");
        var sessionId = created.Json!["sessionId"]!.GetValue<string>();
        await Client.GetFaceAsync($"{AdminHttp.CreateClassicPath}/{sessionId}");
        await Client.GetFaceAsync($"{AdminHttp.CreateClassicPath}/no-such-session");

        var entries = await RequestsAsync($"?sessionId={sessionId}");

        entries.Select(e => e!["operation"]!.GetValue<string>()).Should().Equal("GetLivenessSessionResult", "CreateLivenessSession");
    }

    [Test]
    public async Task Entries_AreNewestFirst_AndFilterable()
    {
        var created = await Client.PostSessionAsync();
        var sessionId = created.Json!["sessionId"]!.GetValue<string>();
        await Client.GetFaceAsync($"{AdminHttp.CreatePath}/{sessionId}");
        await Client.DeleteFaceAsync($"{AdminHttp.CreatePath}/{sessionId}");

        (await RequestsAsync()).Select(e => e!["method"]!.GetValue<string>()).Should().Equal("DELETE", "GET", "POST");
        (await RequestsAsync("?operation=DeleteLivenessSession")).Single()!["status"]!.GetValue<int>().Should().Be(204);
        (await RequestsAsync("?method=get")).Single()!["operation"]!.GetValue<string>().Should().Be("GetLivenessSessionResult");
        (await RequestsAsync("?limit=2")).Select(e => e!["method"]!.GetValue<string>()).Should().Equal("DELETE", "GET");
        var limited = await Client.GetFaceAsync("/__admin/requests?limit=1");
        limited.Json!["total"]!.GetValue<int>().Should().Be(3);
    }

    [Test]
    public async Task FaultedRequest_IsRecordedWithItsRule()
    {
        var fault = await Client.AddFaultAsync("""{"operation":"*","status":429}""");

        await Client.PostSessionAsync();

        var entry = (await RequestsAsync()).Single()!;
        entry["status"]!.GetValue<int>().Should().Be(429);
        entry["faultId"]!.GetValue<string>().Should().Be(fault.Json!["id"]!.GetValue<string>());
        entry["sessionId"].Should().BeNull();
    }

    [Test]
    public async Task ErrorResponses_AreRecordedToo()
    {
        await Client.PostFaceRawJsonAsync(AdminHttp.CreatePath, """{"livenessOperationMode":"Passive"}""");

        (await RequestsAsync()).Single()!["status"]!.GetValue<int>().Should().Be(400);
    }

    [Test]
    public async Task AdminCalls_AreNotRecorded()
    {
        await Client.GetFaceAsync("/__admin/clock");
        await Client.GetFaceAsync("/__admin/faults");

        (await RequestsAsync()).Should().BeEmpty();
    }

    [Test]
    public async Task Delete_ClearsTheJournal()
    {
        await Client.PostSessionAsync();

        (await Client.DeleteFaceAsync("/__admin/requests")).Status.Should().Be(HttpStatusCode.NoContent);

        (await RequestsAsync()).Should().BeEmpty();
    }

    [TestCase("0")]
    [TestCase("-1")]
    [TestCase("ten")]
    public async Task BadLimit_Returns400BadArgument(string limit)
    {
        var response = await Client.GetFaceAsync($"/__admin/requests?limit={limit}");

        response.ShouldBeError(HttpStatusCode.BadRequest, "BadArgument");
    }

    [Test]
    public async Task Journal_IsPerTenant()
    {
        using var other = Emulator.Client($"{Emulator.KeyFor(this)}-other");
        await other.PostSessionAsync();

        (await RequestsAsync()).Should().BeEmpty();
        await other.ResetAsync();
    }
}
