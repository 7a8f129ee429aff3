using System.Net;
using System.Net.Http.Headers;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.DeviceSide;

/// <summary>
/// A device call's frame gets the reference image's safe-decoding limits (README, Configuration reference):
/// over Emulator:Limits:MaxDeviceFrameBytes, or a header over 16 384 px a side, 36 MP or 1 000 GIF frames,
/// is 400 InvalidImageSize, and no attempt is recorded.
/// </summary>
public sealed class DeviceFrameTests
{
    private const int DefaultMaxFrameBytes = 6 * 1024 * 1024;

    private static readonly string s_images = Path.Combine(AppContext.BaseDirectory, "fixtures", "images");

    [Test]
    public async Task GifOfThreeHundredThousandFrames_Returns400InvalidImageSize()
    {
        var gif = TestGifs.OnePixelFrames(300_000);
        gif.Length.Should().BeLessThan(DefaultMaxFrameBytes, "the frame count, not the size, must refuse it");

        await SendFrameAndExpectRefusalAsync(gif, "image/gif");
    }

    [Test]
    public async Task FixtureGifOfTooManyFrames_Returns400InvalidImageSize() =>
        await SendFrameAndExpectRefusalAsync(await File.ReadAllBytesAsync(Path.Combine(s_images, "too-many-frames.gif")), "image/gif");

    [Test]
    public async Task PngClaimingHugeDimensions_Returns400InvalidImageSize() =>
        await SendFrameAndExpectRefusalAsync(await File.ReadAllBytesAsync(Path.Combine(s_images, "huge-dimensions.png")), "image/png");

    [Test]
    public async Task FrameOneByteOverTheLimit_Returns400InvalidImageSize()
    {
        var frame = new byte[DefaultMaxFrameBytes + 1];
        TestImages.Portrait.AsSpan(0, 64).CopyTo(frame);

        await SendFrameAndExpectRefusalAsync(frame, "image/png");
    }

    [Test]
    public async Task GifOfAThousandFrames_IsAccepted()
    {
        using var app = Emulator.Client(DeviceHttp.UniqueKey(this));
        var (id, token) = await app.CreateSessionAsync("v1.2");
        using var device = Emulator.AnonymousClient();

        (await device.DetectAsync("v1.2", token, content: Frame(TestGifs.OnePixelFrames(1_000), "image/gif"))).Status.Should().Be(HttpStatusCode.NoContent);

        (await app.GetSessionAsync("v1.2", id)).Json!["results"]!["attempts"]!.AsArray().Should().ContainSingle();
    }

    private async Task SendFrameAndExpectRefusalAsync(byte[] frame, string mediaType)
    {
        using var app = Emulator.Client(DeviceHttp.UniqueKey(this));
        var (id, token) = await app.CreateSessionAsync("v1.2", extra: new Dictionary<string, object> { ["enableSessionImage"] = true });
        using var device = Emulator.AnonymousClient();

        var response = await device.DetectAsync("v1.2", token, content: Frame(frame, mediaType));

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidImageSize");
        (await app.GetSessionAsync("v1.2", id)).Json!["results"]!["attempts"]!.AsArray().Should().BeEmpty();
    }

    private static MultipartFormDataContent Frame(byte[] bytes, string mediaType)
    {
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return new MultipartFormDataContent { { part, "content", "frame" } };
    }
}
