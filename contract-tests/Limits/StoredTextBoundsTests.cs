using System.Net;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Limits;

/// <summary>
/// Texts the emulator keeps for as long as a session, script or rule lives are bounded (README, Configuration
/// reference): longer ones are refused with 400 BadArgument, never stored.
/// </summary>
public sealed class StoredTextBoundsTests : TenantFixture
{
    private static readonly string Long100K = new('m', 100_000);

    [Test]
    public async Task AdminAttempt_WithA100000CharacterMessage_Returns400()
    {
        var (id, _) = await Client.CreateSessionAsync("v1.2");

        var response = await Client.AdminAttemptAsync(id, new { error = new { code = "FaceWithMaskDetected", message = Long100K } });

        response.ShouldBeError(HttpStatusCode.BadRequest, "BadArgument");
        (await Client.GetSessionAsync("v1.2", id)).Json!["results"]!["attempts"]!.AsArray().Should().BeEmpty();
    }

    [Test]
    public async Task AdminAttempt_WithAMessageOfExactly1024Characters_IsRecorded()
    {
        var (id, _) = await Client.CreateSessionAsync("v1.2");

        var response = await Client.AdminAttemptAsync(id, new { error = new { code = "FaceWithMaskDetected", message = new string('m', 1024) } });

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        response.Text("error.message").Should().HaveLength(1024);
    }

    [Test]
    public async Task AdminAttempt_WithA65CharacterClientIp_Returns400()
    {
        var (id, _) = await Client.CreateSessionAsync("v1.3-preview.1");

        var response = await Client.AdminAttemptAsync(id, new { clientIp = new string('1', 65) });

        response.ShouldBeError(HttpStatusCode.BadRequest, "BadArgument");
    }

    [Test]
    public async Task Script_WithAnOverlongMessage_Returns400()
    {
        var (id, _) = await Client.CreateSessionAsync("v1.2");
        var json = $$$"""[{"error":{"code":"X","message":"{{{Long100K}}}"}}]""";

        var response = await Client.AdminRawAsync(HttpMethod.Put, $"/__admin/sessions/{id}/script", json);

        response.ShouldBeError(HttpStatusCode.BadRequest, "BadArgument");
    }

    [Test]
    public async Task Rule_WithAnOverlongMatchValue_Returns400()
    {
        var json = $$"""{"match":{"deviceCorrelationId":"{{new string('d', 257)}}"},"outcome":"printed-photo"}""";

        var response = await Client.AdminRawAsync(HttpMethod.Post, "/__admin/rules", json);

        response.ShouldBeError(HttpStatusCode.BadRequest, "BadArgument");
    }

    [Test]
    public async Task Rule_WithAnOverlongMessage_Returns400()
    {
        var json = """{"outcome":{"error":{"code":"X","message":"MESSAGE"}}}""".Replace("MESSAGE", Long100K, StringComparison.Ordinal);

        var response = await Client.AdminRawAsync(HttpMethod.Post, "/__admin/rules", json);

        response.ShouldBeError(HttpStatusCode.BadRequest, "BadArgument");
    }

    [TestCase("errorCode", 65)]
    [TestCase("message", 1025)]
    public async Task Fault_WithAnOverlongText_Returns400(string member, int length)
    {
        var json = $$"""{"operation":"GetSessionImage","status":500,"{{member}}":"{{new string('f', length)}}"}""";

        var response = await Client.AdminRawAsync(HttpMethod.Post, "/__admin/faults", json);

        response.ShouldBeError(HttpStatusCode.BadRequest, "BadArgument");
    }
}
