using System.Net;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Sessions;

/// <summary>
/// The model selector takes the values of its version's LivenessModel enum (Face.json), plus 2025-05-20 on
/// v1.3-preview.1 as recorded; anything else, a 60,000-character string included, is 400 InvalidRequestBody.
/// </summary>
public sealed class ModelVersionTests : TenantFixture
{
    private static readonly string Long60K = new('x', 60_000);

    [TestCase("v1.2", "2024-11-15")]
    [TestCase("v1.3-preview.1", "2024-11-15")]
    [TestCase("v1.3-preview.1", "2025-05-20")]
    public async Task DocumentedModel_IsAcceptedAndEchoed(string version, string model)
    {
        var response = await Client.PostSessionAsync(version, extra: new Dictionary<string, object> { ["livenessModelVersion"] = model });

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        response.Json!["modelVersion"]!.GetValue<string>().Should().Be(model);
    }

    [TestCase("2022-10-15-preview.04")]
    [TestCase("2023-12-20-preview.06")]
    public async Task DocumentedPreviewModel_IsAccepted(string model)
    {
        var response = await Client.PostSessionAsync("v1.2-preview.1", extra: new Dictionary<string, object> { ["livenessSingleModalModel"] = model });

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
    }

    [TestCase("v1.2", "2025-05-20")]
    [TestCase("v1.2", "2024-11-16")]
    [TestCase("v1.2", "")]
    [TestCase("v1.3-preview.1", "2023-12-20-preview.06")]
    public async Task UndocumentedModel_Returns400InvalidRequestBody(string version, string model)
    {
        var response = await Client.PostSessionAsync(version, extra: new Dictionary<string, object> { ["livenessModelVersion"] = model });

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidRequestBody");
        response.ErrorMessage.Should().Contain("livenessModelVersion");
    }

    [TestCaseSource(typeof(TestVersions), nameof(TestVersions.Attempts))]
    public async Task SixtyThousandCharacterModel_IsRefusedNotStored(string version)
    {
        var response = await Client.PostSessionAsync(version, extra: new Dictionary<string, object> { ["livenessModelVersion"] = Long60K });

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidRequestBody");
    }

    [Test]
    public async Task UndocumentedPreviewModel_Returns400InvalidRequestBody()
    {
        var response = await Client.PostSessionAsync("v1.2-preview.1", extra: new Dictionary<string, object> { ["livenessSingleModalModel"] = "2024-11-15" });

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidRequestBody");
        response.ErrorMessage.Should().Contain("livenessSingleModalModel");
    }

    [Test]
    public async Task UndocumentedModel_InAWithVerifyMultipartCreate_Returns400InvalidRequestBody()
    {
        var response = await Client.PostSessionAsync("v1.2", withVerify: true, extra: new Dictionary<string, object> { ["livenessModelVersion"] = Long60K });

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidRequestBody");
    }

    [Test]
    public async Task ModelField_OnV11Preview_IsIgnoredLikeAnyUnknownMember()
    {
        // v1.1-preview.1 has no model field at all.
        var response = await Client.PostSessionAsync("v1.1-preview.1", extra: new Dictionary<string, object> { ["livenessSingleModalModel"] = Long60K });

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
    }
}
