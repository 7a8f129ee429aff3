using System.Net;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Images;

/// <summary>
/// <c>POST /detect</c> with <c>{"sessionImageId"}</c> (DetectFromSessionImageId) in both version families:
/// what each query parameter adds, and every refusal with its status and code (docs/images.md).
/// </summary>
public sealed class DetectFromSessionImageTests : TenantFixture
{
    private const string AllEmulatedAttributes = "headPose,glasses,occlusion,accessories,blur,exposure,noise,qualityForRecognition";

    private static string[] Versions() => SessionImageDetection.Versions;

    [TestCaseSource(nameof(Versions))]
    public async Task Defaults_ReturnOneFaceWithIdAndRectangle(string version)
    {
        var imageId = await Client.NewSessionImageAsync(version);

        var response = await Client.DetectAsync(version, imageId);

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        response.Header("Content-Type").Should().Be("application/json; charset=utf-8");
        var face = response.Json!.AsArray().Should().ContainSingle().Subject!.AsObject();
        face.Select(p => p.Key).Should().Equal("faceId", "faceRectangle");
        Guid.TryParse(face["faceId"]!.GetValue<string>(), out _).Should().BeTrue();
        // The synthetic 240×320 frame's documented default face.
        face["faceRectangle"]!.ToJsonString().Should().Be("""{"top":88,"left":60,"width":120,"height":144}""");
    }

    [TestCaseSource(nameof(Versions))]
    public async Task ReturnFaceIdFalse_OmitsFaceIdAndRecognitionModel(string version)
    {
        var imageId = await Client.NewSessionImageAsync(version);

        var response = await Client.DetectAsync(version, imageId, "returnFaceId=false&returnRecognitionModel=true");

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        response.Json![0]!.AsObject().Select(p => p.Key).Should().Equal("faceRectangle");
    }

    [TestCaseSource(nameof(Versions))]
    public async Task ReturnRecognitionModel_EchoesTheModel(string version)
    {
        var imageId = await Client.NewSessionImageAsync(version);

        var explicitModel = await Client.DetectAsync(version, imageId, "recognitionModel=RECOGNITION_04&returnRecognitionModel=true");
        var defaultModel = await Client.DetectAsync(version, imageId, "returnRecognitionModel=true");

        explicitModel.Json![0]!["recognitionModel"]!.GetValue<string>().Should().Be("recognition_04");
        defaultModel.Json![0]!["recognitionModel"]!.GetValue<string>().Should().Be("recognition_01");
    }

    [TestCaseSource(nameof(Versions))]
    public async Task EachCall_MintsANewFaceId(string version)
    {
        var imageId = await Client.NewSessionImageAsync(version);

        var first = await Client.DetectAsync(version, imageId);
        var second = await Client.DetectAsync(version, imageId);

        first.Json![0]!["faceId"]!.GetValue<string>().Should().NotBe(second.Json![0]!["faceId"]!.GetValue<string>());
        first.Json![0]!["faceRectangle"]!.ToJsonString().Should().Be(second.Json![0]!["faceRectangle"]!.ToJsonString());
    }

    [TestCaseSource(nameof(Versions))]
    public async Task Landmarks_FollowTheAttemptsFace(string version)
    {
        var imageId = await Client.NewSessionImageAsync(version, SessionImageDetection.FaceAt(top: 10, left: 20, width: 200, height: 240));

        var response = await Client.DetectAsync(version, imageId, "returnFaceLandmarks=true");

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        var face = response.Json![0]!;
        face["faceRectangle"]!.ToJsonString().Should().Be("""{"top":10,"left":20,"width":200,"height":240}""");
        var landmarks = face["faceLandmarks"]!.AsObject();
        landmarks.Should().HaveCount(27);
        landmarks["pupilLeft"]!.ToJsonString().Should().Be("""{"x":80,"y":106}""");
        landmarks["noseTip"]!.ToJsonString().Should().Be("""{"x":120,"y":158.8}""");
        foreach (var (name, point) in landmarks)
        {
            point!["x"]!.GetValue<double>().Should().BeInRange(20, 220, name);
            point["y"]!.GetValue<double>().Should().BeInRange(10, 250, name);
        }
    }

    [TestCaseSource(nameof(Versions))]
    public async Task Attributes_AreTheRequestedOnes_WithQualityFromTheFaceWidth(string version)
    {
        var imageId = await Client.NewSessionImageAsync(version);

        var response = await Client.DetectAsync(version, imageId, $"recognitionModel=recognition_04&returnFaceAttributes={AllEmulatedAttributes}");

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        var attributes = response.Json![0]!["faceAttributes"]!.AsObject();
        attributes.Select(p => p.Key).Should().Equal("glasses", "headPose", "occlusion", "accessories", "blur", "exposure", "noise", "qualityForRecognition");
        // The synthetic frame's face is 120 px wide: medium quality, so medium blur and noise.
        attributes["qualityForRecognition"]!.GetValue<string>().Should().Be("medium");
        attributes["blur"]!["blurLevel"]!.GetValue<string>().Should().Be("medium");
        attributes["glasses"]!.GetValue<string>().Should().Be("noGlasses");
        attributes["accessories"]!.AsArray().Should().BeEmpty();
    }

    [TestCaseSource(nameof(Versions))]
    public async Task Detection03_ReportsMask(string version)
    {
        var imageId = await Client.NewSessionImageAsync(version, SessionImageDetection.FaceAt(top: 0, left: 0, width: 220, height: 260));

        var response = await Client.DetectAsync(version, imageId, "detectionModel=detection_03&recognitionModel=recognition_03&returnFaceAttributes=mask,qualityForRecognition");

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        response.Json![0]!["faceAttributes"]!.ToJsonString().Should().Be("""{"mask":{"noseAndMouthCovered":false,"type":"noMask"},"qualityForRecognition":"high"}""");
    }

    [Test]
    public async Task SentFrame_ReportsThatFramesDefaultFace()
    {
        const string version = "v1.2";
        var (sessionId, token) = await Client.CreateSessionAsync(version, extra: new Dictionary<string, object> { ["enableSessionImage"] = true });
        using var device = Emulator.AnonymousClient();
        var frame = new ByteArrayContent(TestImages.Png(320, 240, seed: 5));
        frame.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        (await device.DetectAsync(version, token, content: frame)).Status.Should().Be(HttpStatusCode.NoContent);
        var imageId = (await Client.GetSessionAsync(version, sessionId)).Text("results.attempts.0.result.sessionImageId");

        var response = await Client.DetectAsync(version, imageId);

        response.Json![0]!["faceRectangle"]!.ToJsonString().Should().Be("""{"top":48,"left":100,"width":120,"height":144}""");
    }

    public static IEnumerable<TestCaseData> QueryErrors()
    {
        (string Query, HttpStatusCode Status, string Code)[] cases =
        [
            ("detectionModel=detection_09", HttpStatusCode.BadRequest, "BadArgument"),
            ("recognitionModel=recognition_99", HttpStatusCode.BadRequest, "BadArgument"),
            ("returnFaceId=yes", HttpStatusCode.BadRequest, "BadArgument"),
            ("returnFaceLandmarks=1", HttpStatusCode.BadRequest, "BadArgument"),
            ("returnRecognitionModel=maybe", HttpStatusCode.BadRequest, "BadArgument"),
            ("faceIdTimeToLive=59", HttpStatusCode.BadRequest, "BadArgument"),
            ("faceIdTimeToLive=86401", HttpStatusCode.BadRequest, "BadArgument"),
            ("faceIdTimeToLive=1.5", HttpStatusCode.BadRequest, "BadArgument"),
            ("returnFaceAttributes=emotion", HttpStatusCode.BadRequest, "BadArgument"),
            ("returnFaceAttributes=headPose,,gender", HttpStatusCode.BadRequest, "BadArgument"),
            ("returnFaceAttributes=age", HttpStatusCode.Forbidden, "UnsupportedFeature"),
            ("recognitionModel=recognition_04&returnFaceAttributes=headPose,smile,hair", HttpStatusCode.Forbidden, "UnsupportedFeature"),
            ("returnFaceAttributes=mask", HttpStatusCode.BadRequest, "BadArgument"),
            ("detectionModel=detection_02&returnFaceAttributes=headPose", HttpStatusCode.BadRequest, "BadArgument"),
            ("detectionModel=detection_03&returnFaceAttributes=glasses", HttpStatusCode.BadRequest, "BadArgument"),
            ("detectionModel=detection_02&returnFaceLandmarks=true", HttpStatusCode.BadRequest, "BadArgument"),
            ("returnFaceAttributes=qualityForRecognition", HttpStatusCode.BadRequest, "BadArgument"),
            ("recognitionModel=recognition_02&returnFaceAttributes=qualityForRecognition", HttpStatusCode.BadRequest, "BadArgument"),
        ];
        return from version in SessionImageDetection.Versions
               from c in cases
               select new TestCaseData(version, c.Query, c.Status, c.Code).SetArgDisplayNames(version, c.Query);
    }

    [TestCaseSource(nameof(QueryErrors))]
    public async Task InvalidQuery_IsRefused(string version, string query, HttpStatusCode status, string code)
    {
        var imageId = await Client.NewSessionImageAsync(version);

        var response = await Client.DetectAsync(version, imageId, query);

        response.ShouldBeError(status, code);
    }

    [TestCase("returnFaceAttributes=emotion", "Invalid argument returnFaceAttributes.")]
    [TestCase("faceIdTimeToLive=59", "Argument faceIdTimeToLive out of range.")]
    [TestCase("detectionModel=nope", "'detectionModel' is invalid.")]
    [TestCase("detectionModel=detection_03&returnFaceAttributes=blur", "Only face attributes 'headpose,mask,qualityforrecognition' are supported by detection_03.")]
    [TestCase("returnFaceAttributes=age,facialHair", "Feature is not supported, missing approval for one or more of the following features: Age, FacialHair.")]
    public async Task InvalidQuery_HasTheDocumentedMessage(string query, string message)
    {
        var response = await Client.DetectAsync("v1.2", "any-id", query);

        response.Json!["error"]!["message"]!.GetValue<string>().Should().Be(message);
    }

    public static IEnumerable<TestCaseData> BodyErrors()
    {
        (string Name, string Body, string MediaType, HttpStatusCode Status, string Code)[] cases =
        [
            ("malformed JSON", "{\"sessionImageId\":", "application/json", HttpStatusCode.BadRequest, "BadArgument"),
            ("empty body", string.Empty, "application/json", HttpStatusCode.BadRequest, "BadArgument"),
            ("no sessionImageId", "{}", "application/json", HttpStatusCode.BadRequest, "BadArgument"),
            ("empty sessionImageId", "{\"sessionImageId\":\"\"}", "application/json", HttpStatusCode.BadRequest, "BadArgument"),
            ("numeric sessionImageId", "{\"sessionImageId\":5}", "application/json", HttpStatusCode.BadRequest, "BadArgument"),
            ("array body", "[\"x\"]", "application/json", HttpStatusCode.BadRequest, "BadArgument"),
            ("detect from URL", "{\"url\":\"https://example.com/face.jpg\"}", "application/json", HttpStatusCode.BadRequest, "BadArgument"),
            ("detect from stream", "not really an image", "application/octet-stream", HttpStatusCode.BadRequest, "BadArgument"),
            ("text body", "sessionImageId=x", "text/plain", HttpStatusCode.UnsupportedMediaType, "BadArgument"),
        ];
        return from version in SessionImageDetection.Versions
               from c in cases
               select new TestCaseData(version, c.Body, c.MediaType, c.Status, c.Code).SetArgDisplayNames(version, c.Name);
    }

    [TestCaseSource(nameof(BodyErrors))]
    public async Task InvalidBody_IsRefused(string version, string body, string mediaType, HttpStatusCode status, string code)
    {
        var response = await Client.DetectRawAsync(version, body, mediaType);

        response.ShouldBeError(status, code);
    }

    [Test]
    public async Task BodyOver64KiB_Returns413()
    {
        var response = await Client.DetectRawAsync("v1.2", $"{{\"sessionImageId\":\"{new string('x', 70 * 1024)}\"}}");

        response.ShouldBeError(HttpStatusCode.RequestEntityTooLarge, "BadArgument");
    }

    [TestCaseSource(nameof(Versions))]
    public async Task UnknownSessionImageId_Returns404(string version)
    {
        var response = await Client.DetectAsync(version, "AZMKlsBUe_NDl7I5biCIanQkXqGbA96ST54SV4BVmqL9");

        response.ShouldBeError(HttpStatusCode.NotFound, "SessionImageNotFound");
    }

    [TestCaseSource(nameof(Versions))]
    public async Task OtherTenantsSessionImageId_Returns404(string version)
    {
        // A tenant without images of its own: in deterministic mode image ids are sequential per tenant.
        using var stranger = Emulator.Client(DeviceHttp.UniqueKey(this));
        var imageId = await Client.NewSessionImageAsync(version);

        var response = await stranger.DetectAsync(version, imageId);

        response.ShouldBeError(HttpStatusCode.NotFound, "SessionImageNotFound");
    }

    [Test]
    public async Task SessionImageFromTheOtherFamily_IsFound()
    {
        var imageId = await Client.NewSessionImageAsync("v1.2-preview.1");

        var response = await Client.DetectAsync("v1.3-preview.1", imageId);

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
    }

    [Test]
    public async Task VersionWithoutSessionImages_Returns404()
    {
        var response = await Client.DetectAsync("v1.1-preview.1", "any-id");

        response.ShouldBeError(HttpStatusCode.NotFound, "404");
    }

    [Test]
    public async Task Operation_IsFaultableAndJournaled()
    {
        using var client = Emulator.Client(DeviceHttp.UniqueKey(this));
        var imageId = await client.NewSessionImageAsync("v1.2");
        await client.AddFaultAsync("""{"operation":"DetectFromSessionImageId","status":429,"count":1}""");

        var throttled = await client.DetectAsync("v1.2", imageId);
        var recovered = await client.DetectAsync("v1.2", imageId);

        throttled.ShouldBeError(HttpStatusCode.TooManyRequests, "429");
        recovered.Status.Should().Be(HttpStatusCode.OK, recovered.Body);
        var journal = (await client.GetFaceAsync("/__admin/requests?operation=DetectFromSessionImageId")).Json!["requests"]!.AsArray();
        journal.Select(e => (int)e!["status"]!).Should().Equal(200, 429);
        journal.Should().OnlyContain(e => (string)e!["apiVersion"]! == "v1.2");
    }
}
