using System.Net;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Limits;

/// <summary>
/// Emulator:Limits:MaxSessionImageBytes: past it the oldest session images are dropped (their ids answer 404),
/// as past the 256-image cap; the newest image is always kept.
/// </summary>
public sealed class SessionImageBudgetTests()
    : OwnEmulatorFixture(new Dictionary<string, string?> { ["Emulator:Limits:MaxSessionImageBytes"] = "25000" })
{
    private static readonly Dictionary<string, object> WithImages = new() { ["enableSessionImage"] = true };

    [Test]
    public async Task PastTheByteLimit_TheOldestImagesAreDropped()
    {
        using var client = Client("key-image-bytes");
        var (id, token) = await client.CreateSessionAsync("v1.2", extra: WithImages);
        using var device = AnonymousClient();
        var frames = new[] { TestImages.Png(64, 64, seed: 1), TestImages.Png(64, 64, seed: 2), TestImages.Png(64, 64, seed: 3) };
        frames.Should().AllSatisfy(f => f.Length.Should().BeInRange(12_600, 24_000), "two frames must pass 25000 bytes, one must not");
        foreach (var frame in frames)
        {
            using var content = new ByteArrayContent(frame);
            content.Headers.ContentType = new("image/png");
            (await device.DetectAsync("v1.2", token, content: content)).Status.Should().Be(HttpStatusCode.NoContent);
        }

        var attempts = (await client.GetSessionAsync("v1.2", id)).Json!["results"]!["attempts"]!.AsArray();
        // Newest first: attempt 3, 2, 1.
        var imageIds = attempts.Select(a => a!["result"]!["sessionImageId"]!.GetValue<string>()).ToList();

        (await client.GetFaceAsync($"/face/v1.2/sessionImages/{imageIds[2]}")).ShouldBeError(HttpStatusCode.NotFound, "SessionImageNotFound");
        (await client.GetFaceAsync($"/face/v1.2/sessionImages/{imageIds[1]}")).ShouldBeError(HttpStatusCode.NotFound, "SessionImageNotFound");
        (await client.GetByteArrayAsync($"/face/v1.2/sessionImages/{imageIds[0]}")).Should().Equal(frames[2]);
    }
}
