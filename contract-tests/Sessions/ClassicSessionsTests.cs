using System.Net;
using System.Text.Json;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Sessions;

/// <summary>v1.1-preview.1 and v1.2-preview.1: create, list, get, delete and audit for both session kinds.</summary>
[TestFixtureSource(nameof(Cases))]
public sealed class ClassicSessionsTests(string version, string collection)
{
    private static readonly object[] Cases =
        [.. TestVersions.Classic.SelectMany(v => new object[] { new object[] { v, "detectLiveness" }, new object[] { v, "detectLivenessWithVerify" } })];

    private HttpClient _client = null!;

    private string Sessions => $"/face/{version}/{collection}/singleModal/sessions";

    [SetUp]
    public void CreateClient() => _client = Emulator.Client($"classic-{version}-{collection}-{TestContext.CurrentContext.Test.Name}");

    [TearDown]
    public void DisposeClient() => _client.Dispose();

    [Test]
    public async Task Create_ReturnsSessionIdAndAuthTokenOnly()
    {
        var response = await _client.PostFaceJsonAsync(Sessions, TestVersions.CreateBody(version));

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        response.Json!.AsObject().Select(p => p.Key).Should().Equal("sessionId", "authToken");
        response.Json!["authToken"]!.GetValue<string>().Split('.').Should().HaveCount(3, "the token is a JWT");
    }

    [Test]
    public async Task Get_NewSession_IsNotStartedWithRecordedKeyOrder()
    {
        var id = await CreateAsync(ttl: 120);

        var response = await _client.GetFaceAsync($"{Sessions}/{id}");

        response.Status.Should().Be(HttpStatusCode.OK);
        var json = response.Json!.AsObject();
        json.Select(p => p.Key).Should().Equal("status", "id", "createdDateTime", "authTokenTimeToLiveInSeconds", "deviceCorrelationId", "sessionExpired");
        json["status"]!.GetValue<string>().Should().Be("NotStarted");
        json["authTokenTimeToLiveInSeconds"]!.GetValue<int>().Should().Be(120);
        json["sessionExpired"]!.GetValue<bool>().Should().BeFalse();
    }

    [Test]
    public async Task Get_DefaultTokenLifetime_Is600()
    {
        var id = await CreateAsync();

        var response = await _client.GetFaceAsync($"{Sessions}/{id}");

        response.Json!["authTokenTimeToLiveInSeconds"]!.GetValue<int>().Should().Be(600);
    }

    [Test]
    public async Task List_ReturnsItemsAscendingByIdWithoutStatus()
    {
        var ids = new[] { await CreateAsync(), await CreateAsync(), await CreateAsync() };

        // A real resource may hold more sessions than the default page: ask for the largest page there.
        var response = await _client.GetFaceAsync(Emulator.Target.IsLive ? $"{Sessions}?top=1000" : Sessions);

        response.Status.Should().Be(HttpStatusCode.OK);
        var items = response.Json!.AsArray();
        var listed = items.Select(i => i!["id"]!.GetValue<string>()).ToArray();
        // The tenant may hold other sessions (always on a real Azure resource): ours are there, and all are in order.
        listed.Should().BeInAscendingOrder(StringComparer.Ordinal).And.OnlyHaveUniqueItems().And.Contain(ids);
        listed.Where(ids.Contains).Should().Equal(ids.Order(StringComparer.Ordinal));
        items.Should().OnlyContain(i => i!["status"] == null);
    }

    [Test]
    public async Task List_StartAndTop_Page()
    {
        var ids = new[] { await CreateAsync(), await CreateAsync(), await CreateAsync() }.Order(StringComparer.Ordinal).ToArray();

        var response = await _client.GetFaceAsync($"{Sessions}?start={ids[0]}&top=1");

        // The first id after ids[0]: ids[1] in a fresh tenant; on a shared resource another session may sort between.
        var page = response.Json!.AsArray().Select(i => i!["id"]!.GetValue<string>()).Should().ContainSingle().Subject;
        string.CompareOrdinal(page, ids[0]).Should().BePositive();
        string.CompareOrdinal(page, ids[1]).Should().BeLessThanOrEqualTo(0);
    }

    [TestCase("0")]
    [TestCase("1001")]
    [TestCase("abc")]
    public async Task List_InvalidTop_Returns400BadArgument(string top)
    {
        var response = await _client.GetFaceAsync($"{Sessions}?top={top}");

        response.ShouldBeError(HttpStatusCode.BadRequest, "BadArgument");
        response.Json!["error"]!["message"]!.GetValue<string>().Should().StartWith("Top parameter is invalid");
    }

    [Test]
    public async Task List_StartLongerThan64_Returns400BadArgument()
    {
        var response = await _client.GetFaceAsync($"{Sessions}?start={new string('a', 65)}");

        response.ShouldBeError(HttpStatusCode.BadRequest, "BadArgument");
        response.Json!["error"]!["message"]!.GetValue<string>().Should().StartWith("Start parameter is invalid");
    }

    [Test]
    public async Task Delete_Returns200WithEmptyBody_ThenGetIs404()
    {
        var id = await CreateAsync();

        var delete = await _client.DeleteFaceAsync($"{Sessions}/{id}");
        var get = await _client.GetFaceAsync($"{Sessions}/{id}");

        delete.Status.Should().Be(HttpStatusCode.OK);
        delete.Body.Should().BeEmpty();
        get.ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
    }

    [Test]
    public async Task Delete_UnknownSession_Returns404()
    {
        var response = await _client.DeleteFaceAsync($"{Sessions}/no-such-session");

        response.ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
    }

    [Test]
    public async Task Audit_NewSession_ReturnsEmptyArray()
    {
        var id = await CreateAsync();

        var response = await _client.GetFaceAsync($"{Sessions}/{id}/audit?start=0&top=20");

        response.Status.Should().Be(HttpStatusCode.OK);
        response.Json!.GetValueKind().Should().Be(JsonValueKind.Array);
        response.Json!.AsArray().Should().BeEmpty();
    }

    [TestCase("?top=0", "Top")]
    [TestCase("?start=x", "Start")]
    public async Task Audit_InvalidPaging_Returns400BadArgument(string query, string parameter)
    {
        var id = await CreateAsync();

        var response = await _client.GetFaceAsync($"{Sessions}/{id}/audit{query}");

        response.ShouldBeError(HttpStatusCode.BadRequest, "BadArgument");
        response.Json!["error"]!["message"]!.GetValue<string>().Should().StartWith(parameter);
    }

    [Test]
    public async Task Audit_UnknownSession_Returns404()
    {
        var response = await _client.GetFaceAsync($"{Sessions}/nope/audit");

        response.ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
    }

    [Test]
    public async Task Get_SessionOfTheOtherKind_Returns404()
    {
        var id = await CreateAsync();
        var other = collection == "detectLiveness" ? "detectLivenessWithVerify" : "detectLiveness";

        var response = await _client.GetFaceAsync($"/face/{version}/{other}/singleModal/sessions/{id}");

        response.ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
    }

    [Test]
    public async Task Get_AttemptsFamilySession_Returns404()
    {
        var created = await _client.PostFaceJsonAsync("/face/v1.2/detectLiveness-sessions", TestVersions.CreateBody("v1.2"));
        var id = created.Json!["sessionId"]!.GetValue<string>();

        var response = await _client.GetFaceAsync($"/face/{version}/detectLiveness/singleModal/sessions/{id}");

        response.ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
    }

    private async Task<string> CreateAsync(int? ttl = null)
    {
        var body = TestVersions.CreateBody(version);
        if (ttl is { } seconds)
        {
            body["authTokenTimeToLiveInSeconds"] = seconds;
        }

        var response = await _client.PostFaceJsonAsync(Sessions, body);
        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        return response.Json!["sessionId"]!.GetValue<string>();
    }
}
