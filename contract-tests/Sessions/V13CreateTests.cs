using System.Net;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Sessions;

/// <summary>The v1.3-preview.1 create fields: client attempts, user correlation id, expected client IP.</summary>
public sealed class V13CreateTests : TenantFixture
{
    private const string Sessions = "/face/v1.3-preview.1/detectLiveness-sessions";

    [TestCase(0, Description = "what the .NET SDK sends by default; the real service accepted it")]
    [TestCase(1)]
    [TestCase(3)]
    public async Task ClientAttemptsInRange_IsAccepted(int attempts)
    {
        var response = await Client.PostFaceJsonAsync(Sessions, Body(("numberOfClientAttemptsAllowed", attempts)));

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
    }

    [TestCase(4)]
    [TestCase(-1)]
    public async Task ClientAttemptsOutOfRange_Returns400(int attempts)
    {
        var response = await Client.PostFaceJsonAsync(Sessions, Body(("numberOfClientAttemptsAllowed", attempts)));

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidRequestBody");
    }

    [Test]
    public async Task MissingUserCorrelationId_Returns400()
    {
        var body = Body();
        body.Remove("userCorrelationId");

        var response = await Client.PostFaceJsonAsync(Sessions, body);

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidUserCorrelationId");
    }

    [Test]
    public async Task UserCorrelationIdSetInClient_AllowsMissingId()
    {
        var body = Body(("userCorrelationIdSetInClient", true));
        body.Remove("userCorrelationId");

        var response = await Client.PostFaceJsonAsync(Sessions, body);

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
    }

    [TestCase("1.2.3.4")]
    [TestCase("10.0.0.0/8")]
    [TestCase("2001:db8::1")]
    public async Task ExpectedClientIpAddress_IsEchoedOnCreateAndGet(string ip)
    {
        var created = await Client.PostFaceJsonAsync(Sessions, Body(("expectedClientIpAddress", ip)));
        var id = created.Json!["sessionId"]!.GetValue<string>();
        var read = await Client.GetFaceAsync($"{Sessions}/{id}");

        created.Json!["expectedClientIpAddress"]!.GetValue<string>().Should().Be(ip);
        read.Json!["expectedClientIpAddress"]!.GetValue<string>().Should().Be(ip);
        read.Json!["isAbuseMonitoringEnabled"]!.GetValue<bool>().Should().BeTrue();
    }

    [Test]
    public async Task InvalidExpectedClientIpAddress_Returns400()
    {
        var response = await Client.PostFaceJsonAsync(Sessions, Body(("expectedClientIpAddress", "not-an-ip")));

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidRequestBody");
    }

    [Test]
    public async Task WithVerifyMultipart_AcceptsClientAttemptsField()
    {
        var fields = TestVersions.CreateFields("v1.3-preview.1");
        fields["numberOfClientAttemptsAllowed"] = "2";
        fields["verifyConfidenceThreshold"] = "0.5";

        var response = await Client.SendFaceAsync(HttpMethod.Post, "/face/v1.3-preview.1/detectLivenessWithVerify-sessions", FaceHttp.Multipart(fields, TestImages.Portrait));

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
    }

    [TestCase("verifyConfidenceThreshold", "1.5")]
    [TestCase("verifyConfidenceThreshold", "abc")]
    [TestCase("enableSessionImage", "yes")]
    [TestCase("authTokenTimeToLiveInSeconds", "6O")]
    public async Task WithVerifyMultipart_BadFieldValue_Returns400InvalidRequestBody(string field, string value)
    {
        var fields = TestVersions.CreateFields("v1.3-preview.1");
        fields[field] = value;

        var response = await Client.SendFaceAsync(HttpMethod.Post, "/face/v1.3-preview.1/detectLivenessWithVerify-sessions", FaceHttp.Multipart(fields, TestImages.Portrait));

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidRequestBody");
    }

    /// <summary>
    /// The official .NET client's typed with-verify create sends no userCorrelationId (its model lacks it), and the
    /// real v1.3-preview.1 service refused it; the protocol method with the part added is the workaround (README).
    /// </summary>
    [Test]
    public async Task DotNetTypedWithVerifyCreate_Returns400InvalidUserCorrelationId_AndTheWorkaroundSucceeds()
    {
        const string path = "/face/v1.3-preview.1/detectLivenessWithVerify-sessions";

        var typed = await Client.SendFaceAsync(HttpMethod.Post, path, DotNetWithVerifyMultipart(userCorrelationId: null));
        var workaround = await Client.SendFaceAsync(HttpMethod.Post, path, DotNetWithVerifyMultipart(userCorrelationId: "user-1"));

        typed.ShouldBeError(HttpStatusCode.BadRequest, "InvalidUserCorrelationId");
        workaround.Status.Should().Be(HttpStatusCode.OK, workaround.Body);
    }

    /// <summary>The parts, order and header forms the .NET client sends (shared/notes/official-clients.md).</summary>
    private static MultipartFormDataContent DotNetWithVerifyMultipart(string? userCorrelationId)
    {
        var content = new MultipartFormDataContent();
        void Text(string name, string value)
        {
            var part = new StringContent(value);
            part.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name={name}");
            content.Add(part);
        }

        Text("livenessOperationMode", "Passive");
        Text("enableSessionImage", "true");
        var image = new ByteArrayContent(TestImages.Portrait);
        image.Headers.TryAddWithoutValidation("Content-Disposition", "form-data; name=verifyImage; filename=verifyImage");
        image.Headers.ContentType = new("application/octet-stream");
        content.Add(image);
        Text("deviceCorrelationId", "device-1");
        Text("numberOfClientAttemptsAllowed", "0");
        if (userCorrelationId is not null)
        {
            Text("userCorrelationId", userCorrelationId);
        }

        return content;
    }

    private static Dictionary<string, object> Body(params (string Name, object Value)[] extra)
    {
        var body = TestVersions.CreateBody("v1.3-preview.1");
        foreach (var (name, value) in extra)
        {
            body[name] = value;
        }

        return body;
    }
}
