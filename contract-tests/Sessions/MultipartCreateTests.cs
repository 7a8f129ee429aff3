using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Sessions;

/// <summary>
/// With-verify create in the previews: JSON (image later) or multipart <c>Parameters</c> + <c>VerifyImage</c>,
/// in every encoding the official clients produce.
/// </summary>
[TestFixtureSource(typeof(TestVersions), nameof(TestVersions.Classic))]
public sealed class MultipartCreateTests(string version)
{
    private HttpClient _client = null!;

    private string Sessions => $"/face/{version}/detectLivenessWithVerify/singleModal/sessions";

    [OneTimeSetUp]
    public void CreateClient() => _client = Emulator.Client($"multipart-{version}");

    [OneTimeTearDown]
    public void DisposeClient() => _client.Dispose();

    [Test]
    public async Task Json_CreatesSessionWithoutVerifyImage()
    {
        var response = await _client.PostFaceJsonAsync(Sessions, TestVersions.CreateBody(version));

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        response.Json!.AsObject().Select(p => p.Key).Should().Equal("sessionId", "authToken");
    }

    [TestCase("application/json")]
    [TestCase("text/plain")]
    [TestCase(null)]
    public async Task ParametersPart_AnyContentType_IsParsed(string? parametersType)
    {
        var response = await PostRawMultipartAsync(parametersType, quoteNames: true);

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        response.Json!.AsObject().Select(p => p.Key).Should().Equal("verifyImage", "sessionId", "authToken");
        response.Json!["verifyImage"]!["qualityForRecognition"]!.GetValue<string>().Should().Be("high");
    }

    [Test]
    public async Task UnquotedNamesAndFilename_AreParsed()
    {
        var response = await PostRawMultipartAsync("application/json", quoteNames: false);

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
    }

    [Test]
    public async Task ImagePartWithoutFilename_Returns400()
    {
        var parameters = System.Text.Json.JsonSerializer.Serialize(TestVersions.CreateBody(version));
        var content = FaceHttp.Multipart(new Dictionary<string, string> { ["Parameters"] = parameters }, TestImages.Portrait, "VerifyImage", fileName: null);

        var response = await _client.SendFaceAsync(HttpMethod.Post, Sessions, content);

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidRequestBody");
    }

    [Test]
    public async Task MissingImagePart_Returns400()
    {
        var parameters = System.Text.Json.JsonSerializer.Serialize(TestVersions.CreateBody(version));
        var content = FaceHttp.Multipart(new Dictionary<string, string> { ["Parameters"] = parameters }, image: null);

        var response = await _client.SendFaceAsync(HttpMethod.Post, Sessions, content);

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidRequestBody");
    }

    [Test]
    public async Task BrokenParametersJson_Returns400()
    {
        var content = FaceHttp.Multipart(new Dictionary<string, string> { ["Parameters"] = "{not json" }, TestImages.Portrait, "VerifyImage", "x.png");

        var response = await _client.SendFaceAsync(HttpMethod.Post, Sessions, content);

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidRequestBody");
    }

    [TestCase("--b\r\nContent-Disposition: form-data; name=\"Parameters\"\r\n\r\n{\"livenessOperationMode\":\"Passive\"", Description = "truncated")]
    [TestCase("garbage without any boundary", Description = "no boundary line")]
    [TestCase("--b\r\nNo-Colon-Header\r\n\r\nx\r\n--b--\r\n", Description = "bad part header")]
    public async Task BrokenMultipart_Returns400(string body)
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=b");

        var response = await _client.SendFaceAsync(HttpMethod.Post, Sessions, content);

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidRequestBody");
    }

    [Test]
    public async Task MultipartWithoutBoundary_Returns400()
    {
        var content = new ByteArrayContent([1, 2, 3]);
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data");

        var response = await _client.SendFaceAsync(HttpMethod.Post, Sessions, content);

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidRequestBody");
    }

    [Test]
    public async Task LivenessCollection_RejectsMultipart_With415()
    {
        var content = FaceHttp.Multipart(TestVersions.CreateFields(version), TestImages.Portrait);

        var response = await _client.SendFaceAsync(HttpMethod.Post, $"/face/{version}/detectLiveness/singleModal/sessions", content);

        response.ShouldBeError(HttpStatusCode.UnsupportedMediaType, "BadArgument");
    }

    /// <summary>Hand-built multipart, so quoting and part content types are exactly as the clients send them.</summary>
    private async Task<FaceResponse> PostRawMultipartAsync(string? parametersType, bool quoteNames)
    {
        var q = quoteNames ? "\"" : string.Empty;
        var parameters = System.Text.Json.JsonSerializer.Serialize(TestVersions.CreateBody(version));
        using var body = new MemoryStream();
        void Write(string text) => body.Write(Encoding.UTF8.GetBytes(text));
        Write($"--boundary_1\r\nContent-Disposition: form-data; name={q}Parameters{q}\r\n");
        Write(parametersType is null ? "\r\n" : $"Content-Type: {parametersType}\r\n\r\n");
        Write($"{parameters}\r\n--boundary_1\r\nContent-Disposition: form-data; name={q}VerifyImage{q}; filename={q}VerifyImage{q}\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.Write(TestImages.Portrait);
        Write("\r\n--boundary_1--\r\n");
        var content = new ByteArrayContent(body.ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=\"boundary_1\"");
        return await _client.SendFaceAsync(HttpMethod.Post, Sessions, content);
    }
}
