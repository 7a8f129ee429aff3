using System.Net;
using System.Net.Http.Headers;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.DeviceSide;

/// <summary>enableSessionImage: each attempt's image id, and the bytes behind it.</summary>
public sealed class SessionImagesTests
{
    private static readonly Dictionary<string, object> WithImages = new() { ["enableSessionImage"] = true };

    [Test]
    public async Task SyntheticFrame_IsServedAsAttachment()
    {
        using var app = Emulator.Client(DeviceHttp.UniqueKey(this));
        var (id, _) = await app.CreateSessionAsync("v1.2", extra: WithImages);

        var imageId = (await app.AdminAttemptAsync(id)).Text("result.sessionImageId");
        var response = await app.GetAsync($"/face/v1.2/sessionImages/{imageId}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/octet-stream");
        response.Content.Headers.GetValues("Content-Disposition").Single()
            .Should().Be($"attachment; filename={imageId}.jpg; filename*=UTF-8''{imageId}.jpg");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(2).Should().Equal(0xFF, 0xD8);
    }

    [Test]
    public async Task SentFrame_IsStoredAsIs_OnThePreviewPath()
    {
        using var app = Emulator.Client(DeviceHttp.UniqueKey(this));
        var (id, token) = await app.CreateSessionAsync("v1.2-preview.1", extra: WithImages);
        using var device = Emulator.AnonymousClient();
        var frame = TestImages.Png(320, 240, seed: 3);
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(frame);
        part.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        content.Add(part, "content", "frame.png");

        (await device.DetectAsync("v1.2-preview.1", token, content: content)).Status.Should().Be(HttpStatusCode.NoContent);

        var entry = (await app.GetFaceAsync($"{DeviceHttp.SessionsPath("v1.2-preview.1", false)}/{id}/audit")).Json!.AsArray()[0]!;
        var imageId = entry["sessionImageId"]!.GetValue<string>();
        (await app.GetByteArrayAsync($"/face/v1.2-preview.1/session/sessionImages/{imageId}")).Should().Equal(frame);
        entry["response"]!["body"]!["target"]!["faceRectangle"]!["width"]!.GetValue<int>().Should().Be(120);
    }

    [Test]
    public async Task OtherTenantsImage_Returns404()
    {
        using var owner = Emulator.Client(DeviceHttp.UniqueKey(this));
        using var stranger = Emulator.Client(DeviceHttp.UniqueKey(this));
        var (id, _) = await owner.CreateSessionAsync("v1.2", extra: WithImages);
        var imageId = (await owner.AdminAttemptAsync(id)).Text("result.sessionImageId");

        var response = await stranger.GetFaceAsync($"/face/v1.2/sessionImages/{imageId}");

        response.ShouldBeError(HttpStatusCode.NotFound, "SessionImageNotFound");
    }

    [Test]
    public async Task WithoutEnableSessionImage_NoImageId()
    {
        using var app = Emulator.Client(DeviceHttp.UniqueKey(this));
        var (id, _) = await app.CreateSessionAsync("v1.2");

        var attempt = await app.AdminAttemptAsync(id);

        attempt.Json!["result"]!["sessionImageId"].Should().BeNull();
    }
}
