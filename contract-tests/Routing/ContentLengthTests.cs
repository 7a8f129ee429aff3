using System.Net;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Routing;

/// <summary>
/// Azure sends every JSON body, error envelopes included, with a Content-Length and never chunked (recordings
/// README, facts 4, 5 and 8). Against a separately started emulator this also checks what goes over the socket.
/// </summary>
public sealed class ContentLengthTests : TenantFixture
{
    private static readonly string[] CreatePaths =
    [
        "/face/v1.1-preview.1/detectLiveness/singleModal/sessions",
        "/face/v1.2-preview.1/detectLiveness/singleModal/sessions",
        "/face/v1.2/detectLiveness-sessions",
        "/face/v1.3-preview.1/detectLiveness-sessions",
    ];

    public static IEnumerable<TestCaseData> Creates() =>
        TestVersions.All.Select(v => new TestCaseData(v, CreatePaths[Array.IndexOf(TestVersions.Known, v)]).SetArgDisplayNames(v));

    [TestCaseSource(nameof(Creates))]
    public async Task CreateAndGet_AreSentWithContentLength(string version, string path)
    {
        var created = await Client.PostFaceJsonAsync(path, TestVersions.CreateBody(version));
        created.Status.Should().Be(HttpStatusCode.OK, created.Body);
        ShouldHaveExactContentLength(created);

        var read = await Client.GetFaceAsync($"{path}/{created.Json!["sessionId"]}");
        read.Status.Should().Be(HttpStatusCode.OK, read.Body);
        ShouldHaveExactContentLength(read);
    }

    [Test]
    public async Task ErrorEnvelope_IsSentWithContentLength()
    {
        var missing = await Client.GetFaceAsync("/face/v1.2/detectLiveness-sessions/missing");

        missing.ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
        ShouldHaveExactContentLength(missing);
    }

    [Test]
    public async Task RefusedBody_IsSentWithContentLength()
    {
        var refused = await Client.PostFaceRawJsonAsync("/face/v1.2/detectLiveness-sessions", "{");

        refused.ShouldBeError(HttpStatusCode.BadRequest, "InvalidRequestBody");
        ShouldHaveExactContentLength(refused);
    }

    [Test]
    public async Task EmptyClassicDelete_HasContentLengthZero()
    {
        var path = CreatePaths[0];
        var created = await Client.PostFaceJsonAsync(path, TestVersions.CreateBody(TestVersions.Known[0]));

        var deleted = await Client.DeleteFaceAsync($"{path}/{created.Json!["sessionId"]}");

        deleted.Status.Should().Be(HttpStatusCode.OK);
        deleted.Body.Should().BeEmpty();
        deleted.Message.Headers.TransferEncodingChunked.Should().NotBe(true);
    }

    private static void ShouldHaveExactContentLength(FaceResponse response)
    {
        // NonValidated: the header as received, not a length HttpClient computes from the buffered body.
        response.Message.Content.Headers.NonValidated.TryGetValues("Content-Length", out var values).Should().BeTrue(response.Body);
        long.Parse(values.ToString(), System.Globalization.CultureInfo.InvariantCulture)
            .Should().Be(System.Text.Encoding.UTF8.GetByteCount(response.Body));
        response.Message.Headers.TransferEncodingChunked.Should().NotBe(true);
    }
}
