using System.Net;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Sessions;

/// <summary>Every documented create error, in every version, for JSON bodies.</summary>
[TestFixtureSource(typeof(TestVersions), nameof(TestVersions.All))]
public sealed class CreateValidationTests(string version)
{
    private HttpClient _client = null!;

    private string Sessions => TestVersions.IsV13(version) || version == "v1.2"
        ? $"/face/{version}/detectLiveness-sessions"
        : $"/face/{version}/detectLiveness/singleModal/sessions";

    [OneTimeSetUp]
    public void CreateClient() => _client = Emulator.Client($"validation-{version}");

    [OneTimeTearDown]
    public void DisposeClient() => _client.Dispose();

    [TestCase(59)]
    [TestCase(86_401)]
    [TestCase(0)]
    public async Task TokenLifetimeOutOfRange_Returns400InvalidTokenLifetime(int seconds)
    {
        var body = TestVersions.CreateBody(version);
        body["authTokenTimeToLiveInSeconds"] = seconds;

        var response = await _client.PostFaceJsonAsync(Sessions, body);

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidTokenLifetime");
    }

    [TestCase(60)]
    [TestCase(86_400)]
    public async Task TokenLifetimeAtBounds_IsAccepted(int seconds)
    {
        var body = TestVersions.CreateBody(version);
        body["authTokenTimeToLiveInSeconds"] = seconds;

        var response = await _client.PostFaceJsonAsync(Sessions, body);

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
    }

    [TestCase("Active")]
    [TestCase("passive-active")]
    public async Task UnknownOperationMode_Returns400InvalidLivenessOperationMode(string mode)
    {
        var body = TestVersions.CreateBody(version);
        body["livenessOperationMode"] = mode;

        var response = await _client.PostFaceJsonAsync(Sessions, body);

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidLivenessOperationMode");
    }

    [Test]
    public async Task LowerCaseOperationMode_IsAccepted()
    {
        var body = TestVersions.CreateBody(version);
        body["livenessOperationMode"] = "passiveactive";

        var response = await _client.PostFaceJsonAsync(Sessions, body);

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
    }

    [Test]
    public async Task MissingOperationMode_Returns400InvalidRequestBody()
    {
        var body = TestVersions.CreateBody(version);
        body.Remove("livenessOperationMode");

        var response = await _client.PostFaceJsonAsync(Sessions, body);

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidRequestBody");
    }

    [Test]
    public async Task MissingDeviceCorrelationId_Returns400InvalidDeviceCorrelationId()
    {
        var body = TestVersions.CreateBody(version);
        body.Remove("deviceCorrelationId");

        var response = await _client.PostFaceJsonAsync(Sessions, body);

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidDeviceCorrelationId");
    }

    [Test]
    public async Task DeviceCorrelationIdLongerThan64_Returns400InvalidDeviceCorrelationId()
    {
        var response = await _client.PostFaceJsonAsync(Sessions, TestVersions.CreateBody(version, new string('d', 65)));

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidDeviceCorrelationId");
    }

    [Test]
    public async Task DeviceCorrelationIdSetInClient_AllowsMissingId()
    {
        var body = TestVersions.CreateBody(version);
        body.Remove("deviceCorrelationId");
        body["deviceCorrelationIdSetInClient"] = true;

        var response = await _client.PostFaceJsonAsync(Sessions, body);

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
    }

    [TestCase("{")]
    [TestCase("[]")]
    [TestCase("null")]
    [TestCase("\"text\"")]
    [TestCase("")]
    [TestCase("{\"livenessOperationMode\": 1, \"deviceCorrelationId\": \"d\"}")]
    [TestCase("{\"livenessOperationMode\": \"Passive\", \"deviceCorrelationId\": \"d\", \"authTokenTimeToLiveInSeconds\": \"600\"}")]
    [TestCase("{\"livenessOperationMode\": \"Passive\", \"deviceCorrelationId\": \"d\", \"deviceCorrelationIdSetInClient\": \"yes\"}")]
    [TestCase("{\"livenessOperationMode\": \"Passive\", \"deviceCorrelationId\": \"d\", \"deviceCorrelationIdSetInClient\": 1}")]
    [TestCase("{\"livenessOperationMode\": \"Passive\", \"deviceCorrelationId\": \"d\", \"authTokenTimeToLiveInSeconds\": 1e99}")]
    public async Task MalformedOrMistypedJson_Returns400InvalidRequestBody(string json)
    {
        var response = await _client.PostFaceRawJsonAsync(Sessions, json);

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidRequestBody");
    }

    /// <summary>
    /// The classic versions take booleans as the strings "true"/"false" (any case), as the Learn tutorial's
    /// v1.1-preview.1 curl sends them; v1.2 and later take JSON booleans only (README, "Differences from Azure").
    /// </summary>
    [TestCase("\"false\"")]
    [TestCase("\"TRUE\"")]
    [TestCase("\" True \"")]
    public async Task StringBoolean_IsAcceptedByClassicVersionsOnly(string value)
    {
        var field = TestVersions.Classic.Contains(version) ? "sendResultsToClient" : "enableSessionImage";
        var json = $"{{\"livenessOperationMode\": \"Passive\", \"deviceCorrelationId\": \"d\", \"{field}\": {value}}}";

        var response = await _client.PostFaceRawJsonAsync(Sessions, json);

        if (TestVersions.Classic.Contains(version))
        {
            response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        }
        else
        {
            response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidRequestBody");
        }
    }

    [Test]
    public async Task UnknownMembers_AreIgnored()
    {
        var body = TestVersions.CreateBody(version);
        body["somethingNew"] = new { nested = true };

        var response = await _client.PostFaceJsonAsync(Sessions, body);

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
    }

    [Test]
    public async Task OversizedJson_Returns413InEnvelope()
    {
        var body = TestVersions.CreateBody(version);
        body["padding"] = new string('x', 200_000);

        var response = await _client.PostFaceJsonAsync(Sessions, body);

        response.ShouldBeError(HttpStatusCode.RequestEntityTooLarge, "BadArgument");
    }

    [TestCase("text/plain")]
    [TestCase("application/xml")]
    public async Task WrongMediaType_Returns415(string mediaType)
    {
        var content = new StringContent("{}", System.Text.Encoding.UTF8, mediaType);

        var response = await _client.SendFaceAsync(HttpMethod.Post, Sessions, content);

        response.ShouldBeError(HttpStatusCode.UnsupportedMediaType, "BadArgument");
    }

    [Test]
    public async Task NoBodyAtAll_Returns415()
    {
        var response = await _client.SendFaceAsync(HttpMethod.Post, Sessions);

        response.ShouldBeError(HttpStatusCode.UnsupportedMediaType, "BadArgument");
    }
}
