using System.Net;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Sessions;

/// <summary>v1.2 and v1.3-preview.1: create returns the full session; get; delete answers 204.</summary>
[TestFixtureSource(nameof(Cases))]
public sealed class AttemptsSessionsTests(string version)
{
    private static readonly string[] Cases = TestVersions.Attempts;

    private HttpClient _client = null!;

    [SetUp]
    public void CreateClient() => _client = Emulator.Client($"attempts-{version}-{TestContext.CurrentContext.Test.Name}");

    [TearDown]
    public void DisposeClient() => _client.Dispose();

    [Test]
    public async Task CreateLiveness_ReturnsFullSession()
    {
        var response = await _client.PostFaceJsonAsync($"/face/{version}/detectLiveness-sessions", TestVersions.CreateBody(version));

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        var json = response.Json!.AsObject();
        json.Select(p => p.Key).Should().Equal("sessionId", "authToken", "status", "modelVersion", "results");
        json["status"]!.GetValue<string>().Should().Be("NotStarted");
        json["modelVersion"]!.GetValue<string>().Should().Be(TestVersions.IsV13(version) ? "2025-05-20" : "2024-11-15");
        json["results"]!["attempts"]!.AsArray().Should().BeEmpty();
        json["results"]!["verifyReferences"].Should().BeNull();
    }

    [Test]
    public async Task CreateLiveness_EchoesRequestedModelVersion()
    {
        var body = TestVersions.CreateBody(version);
        body["livenessModelVersion"] = "2024-11-15";

        var response = await _client.PostFaceJsonAsync($"/face/{version}/detectLiveness-sessions", body);

        response.Json!["modelVersion"]!.GetValue<string>().Should().Be("2024-11-15");
    }

    [Test]
    public async Task GetLiveness_AfterCreate_HasEmptyTokenAndNoModelVersion()
    {
        var id = await CreateAsync();

        var response = await _client.GetFaceAsync($"/face/{version}/detectLiveness-sessions/{id}");

        response.Status.Should().Be(HttpStatusCode.OK);
        var json = response.Json!.AsObject();
        json["authToken"]!.GetValue<string>().Should().BeEmpty("Azure returns authToken \"\" after create (recordings, fact 22)");
        json.ContainsKey("modelVersion").Should().BeFalse();
        json.ContainsKey("isAbuseMonitoringEnabled").Should().Be(TestVersions.IsV13(version));
    }

    [Test]
    public async Task CreateWithVerify_Multipart_ReportsVerifyReference()
    {
        var content = FaceHttp.Multipart(TestVersions.CreateFields(version), TestImages.Portrait);

        var response = await _client.SendFaceAsync(HttpMethod.Post, $"/face/{version}/detectLivenessWithVerify-sessions", content);

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        var reference = response.Json!["results"]!["verifyReferences"]![0]!;
        reference["referenceType"]!.GetValue<string>().Should().Be("image");
        reference["faceRectangle"]!["width"]!.GetValue<int>().Should().Be(240);
        reference["qualityForRecognition"]!.GetValue<string>().Should().Be("high");
        response.Json!["results"]!.AsObject().Select(p => p.Key).Should().Equal("attempts", "verifyReferences");
    }

    [Test]
    public async Task GetWithVerify_WhileRunning_ReferencesCarryNoReferenceType()
    {
        var content = FaceHttp.Multipart(TestVersions.CreateFields(version), TestImages.Portrait);
        var created = await _client.SendFaceAsync(HttpMethod.Post, $"/face/{version}/detectLivenessWithVerify-sessions", content);
        var path = $"/face/{version}/detectLivenessWithVerify-sessions/{created.Json!["sessionId"]}";
        var notStarted = await _client.GetFaceAsync(path);
        notStarted.Json!["results"]!["verifyReferences"]![0]!["referenceType"]!.GetValue<string>().Should().Be("image");

        (await _client.StartAsync(version, created.Json!["authToken"]!.GetValue<string>())).Status.Should().Be(HttpStatusCode.NoContent);
        var running = await _client.GetFaceAsync(path);

        // As recorded (recordings README, fact 16): the Running GET's references have no referenceType.
        running.Status.Should().Be(HttpStatusCode.OK, running.Body);
        running.Json!["status"]!.GetValue<string>().Should().Be("Running");
        var reference = running.Json!["results"]!["verifyReferences"]![0]!.AsObject();
        reference.Select(p => p.Key).Should().Equal("faceRectangle", "qualityForRecognition");
    }

    [Test]
    public async Task CreateWithVerify_ParametersAndVerifyImageForm_IsAccepted()
    {
        // The Learn tutorial's curl sends the preview form to v1.2.
        var parameters = System.Text.Json.JsonSerializer.Serialize(TestVersions.CreateBody(version));
        var content = FaceHttp.Multipart(new Dictionary<string, string> { ["Parameters"] = parameters }, TestImages.Portrait, "VerifyImage", "test.png");

        var response = await _client.SendFaceAsync(HttpMethod.Post, $"/face/{version}/detectLivenessWithVerify-sessions", content);

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        response.Json!["results"]!["verifyReferences"]!.AsArray().Should().HaveCount(1);
    }

    [Test]
    public async Task CreateWithVerify_Json_Returns415()
    {
        var response = await _client.PostFaceJsonAsync($"/face/{version}/detectLivenessWithVerify-sessions", TestVersions.CreateBody(version));

        response.ShouldBeError(HttpStatusCode.UnsupportedMediaType, "BadArgument");
    }

    [TestCase("detectLiveness-sessions")]
    [TestCase("detectLivenessWithVerify-sessions")]
    public async Task Delete_Returns204_ThenGetIs404(string collection)
    {
        var id = collection == "detectLiveness-sessions" ? await CreateAsync() : await CreateWithVerifyAsync();

        var delete = await _client.DeleteFaceAsync($"/face/{version}/{collection}/{id}");
        var get = await _client.GetFaceAsync($"/face/{version}/{collection}/{id}");

        delete.Status.Should().Be(HttpStatusCode.NoContent, "the .NET SDK accepts only 204 here");
        delete.Body.Should().BeEmpty();
        get.ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
    }

    [Test]
    public async Task Delete_Twice_SecondIs404()
    {
        var id = await CreateAsync();
        await _client.DeleteFaceAsync($"/face/{version}/detectLiveness-sessions/{id}");

        var response = await _client.DeleteFaceAsync($"/face/{version}/detectLiveness-sessions/{id}");

        response.ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
    }

    [Test]
    public async Task ListRoute_DoesNotExistInThisFamily_Returns404()
    {
        var response = await _client.GetFaceAsync($"/face/{version}/detectLiveness-sessions");

        response.ShouldBeError(HttpStatusCode.NotFound, "404");
    }

    [Test]
    public async Task ClassicRoute_DoesNotExistInThisVersion_Returns404()
    {
        var response = await _client.PostFaceJsonAsync($"/face/{version}/detectLiveness/singleModal/sessions", TestVersions.CreateBody(version));

        response.ShouldBeError(HttpStatusCode.NotFound, "404");
    }

    private async Task<string> CreateAsync()
    {
        var response = await _client.PostFaceJsonAsync($"/face/{version}/detectLiveness-sessions", TestVersions.CreateBody(version));
        return response.Json!["sessionId"]!.GetValue<string>();
    }

    private async Task<string> CreateWithVerifyAsync()
    {
        var response = await _client.SendFaceAsync(HttpMethod.Post, $"/face/{version}/detectLivenessWithVerify-sessions", FaceHttp.Multipart(TestVersions.CreateFields(version), TestImages.Portrait));
        return response.Json!["sessionId"]!.GetValue<string>();
    }
}
