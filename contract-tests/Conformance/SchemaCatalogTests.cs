using System.Net;
using System.Text;
using FaceEmulator.ContractTests.Infrastructure;
using FaceEmulator.ContractTests.Infrastructure.Schema;

namespace FaceEmulator.ContractTests.Conformance;

/// <summary>How responses are matched to the official documents' operations and checked, and that the documents are there.</summary>
public sealed class SchemaCatalogTests
{
    private static SchemaCatalog Catalog
    {
        get
        {
            var catalog = SchemaCatalog.Instance;
            if (!catalog.IsComplete)
            {
                Assert.Ignore(catalog.MissingMessage);
            }

            return catalog;
        }
    }

    [Test]
    public void OfficialDocuments_ArePresent_ForEveryVersion()
    {
        var catalog = SchemaCatalog.Instance;
        if (!catalog.IsComplete && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Ignore(catalog.MissingMessage);
        }

        catalog.Versions.Should().BeEquivalentTo(TestVersions.Known, catalog.MissingMessage);
    }

    // The committed copy must not drift from the team's reference folder, when that folder is beside the clone.
    [Test]
    public void CommittedDocuments_MatchTheSharedReferenceFolder()
    {
        var root = RepositoryRoot.Find();
        var shared = Path.Combine(root, "..", "shared", "reference", "azure-face", "openapi");
        if (!Directory.Exists(shared))
        {
            Assert.Ignore($"No shared reference folder at {Path.GetFullPath(shared)} to compare with.");
        }

        foreach (var version in TestVersions.Known)
        {
            var name = $"{version}.liveness.json";
            var committed = File.ReadAllBytes(Path.Combine(root, "fixtures", "azure-face", "openapi", name));
            File.ReadAllBytes(Path.Combine(shared, name)).Should().Equal(committed, $"fixtures/azure-face/openapi/{name} is a copy of the reference");
        }
    }

    [TestCase("v1.2", "GET", "/detectLiveness-sessions/abc", "LivenessSessionOperations_GetLivenessSessionResult")]
    [TestCase("v1.2", "get", "/DETECTLIVENESS-SESSIONS/abc/", "LivenessSessionOperations_GetLivenessSessionResult")]
    [TestCase("v1.2", "DELETE", "/detectLivenessWithVerify-sessions/abc", "LivenessSessionOperations_DeleteLivenessWithVerifySession")]
    [TestCase("v1.1-preview.1", "GET", "/detectLiveness/singleModal/sessions/abc/audit", "LivenessSessionOperations_GetLivenessSessionAuditEntries")]
    [TestCase("v1.1-preview.1", "POST", "/detectLivenessWithVerify/singleModal/sessions", "LivenessSessionOperations_CreateLivenessWithVerifySessionWithVerifyImage")]
    [TestCase("v1.3-preview.1", "PATCH", "/settings", "LivenessSessionOperations_PatchSettings")]
    public void Find_MatchesMethodAndTemplateIgnoringCase(string version, string method, string path, string operationId) =>
        Catalog.Find(version, method, path)!.OperationId.Should().Be(operationId);

    [TestCase("v1.2", "PUT", "/detectLiveness-sessions/abc")]
    [TestCase("v1.2", "GET", "/detectLiveness-sessions/abc/audit")]
    [TestCase("v1.2", "POST", "/session/start")]
    [TestCase("v9.9", "GET", "/detectLiveness-sessions/abc")]
    public void Find_UndocumentedRoute_IsNotChecked(string version, string method, string path) =>
        Catalog.Find(version, method, path).Should().BeNull();

    [Test]
    public void Check_ErrorStatus_UsesTheDefaultResponse()
    {
        var operation = Catalog.Find("v1.2", "GET", "/detectLiveness-sessions/x")!;

        Catalog.Check(operation, 404, """{"error":{"code":"SessionNotFound","message":"m"}}""").Should().BeEmpty();
        Catalog.Check(operation, 404, """{"error":{"message":"m"}}""").Should().ContainSingle()
            .Which.Should().Be(new SchemaViolation("$.error", "required property 'code' is missing"));
    }

    [Test]
    public void Check_BodyWhereNoneIsDeclared_IsAViolation()
    {
        var operation = Catalog.Find("v1.2", "DELETE", "/detectLiveness-sessions/x")!;

        Catalog.Check(operation, 204, "").Should().BeEmpty();
        Catalog.Check(operation, 204, "{}").Should().ContainSingle().Which.Rule.Should().Contain("declares no body");
    }

    [Test]
    public void Check_MissingOrNonJsonBody_IsAViolation()
    {
        var operation = Catalog.Find("v1.2", "POST", "/detectLiveness-sessions")!;

        Catalog.Check(operation, 200, "").Should().ContainSingle().Which.Rule.Should().Contain("none was sent");
        Catalog.Check(operation, 200, "<html/>").Should().ContainSingle().Which.Rule.Should().StartWith("body is not JSON");
    }

    [Test]
    public async Task Handler_ReportsPathAndRule_OfANonConformingResponse()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://localhost/face/v1.2/detectLiveness-sessions/x");
        using var response = new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent("""{"sessionId":"x","authToken":"t","status":"Sleeping","results":{"attempts":[]}}""", Encoding.UTF8, "application/json"),
        };

        var failure = await SchemaValidatingHandler.CheckAsync(Catalog, request, response);

        failure.Should().Contain("$.status: \"Sleeping\" is not one of the enum values").And.Contain("LivenessSessionOperations_GetLivenessSessionResult");
    }

    [Test]
    public async Task AllowList_ExplainsOnlyItsOwnCase()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://localhost/face/v1.3-preview.1/detectLiveness-sessions");
        using var recorded = new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent("""{"sessionId":"x","authToken":"t","status":"NotStarted","modelVersion":"2025-05-20","results":{"attempts":[]}}"""),
        };
        using var other = new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent("""{"sessionId":"x","authToken":"t","status":"NotStarted","modelVersion":"2026-01-01","results":{"attempts":[]}}"""),
        };

        (await SchemaValidatingHandler.CheckAsync(Catalog, request, recorded)).Should().BeNull();
        (await SchemaValidatingHandler.CheckAsync(Catalog, request, other)).Should().Contain("$.modelVersion");
        SchemaAllowList.Entries.Should().OnlyContain(e => e.Reason.Length > 40, "every allowance says why");
    }
}
