using System.Net;
using System.Text;
using FaceEmulator.ContractTests.Infrastructure;
using FaceEmulator.Tool;

namespace FaceEmulator.ContractTests.Images;

/// <summary>
/// Format, size and safe-decoding rules for the with-verify reference image, in every version
/// (classic <c>Parameters</c> + <c>VerifyImage</c>, and v1.2+ flattened fields + <c>verifyImage</c>).
/// </summary>
public sealed class ReferenceImageFormatTests : TenantFixture
{
    private static readonly string[] s_versions = TestVersions.All;

    [Test]
    public async Task AcceptedFormat_Returns200WithDefaultFace(
        [ValueSource(nameof(s_versions))] string version,
        [Values(ImageFormatKind.Jpeg, ImageFormatKind.Png, ImageFormatKind.Gif, ImageFormatKind.Bmp)] ImageFormatKind format)
    {
        var image = TestImageWriter.Write(new ImageSpec(format, Width: 200, Height: 160));

        var response = await Client.CreateWithVerifyAsync(version, image);

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        var face = response.ReportedFace(version);
        face.Rectangle().Should().Be((60, 32, 80, 96));
        face.Quality().Should().Be("low");
    }

    // Decision: WEBP is refused. The API reference (Face.json detect) and the technical-input page list
    // JPEG, PNG, GIF and BMP; only the verification-recommendations page adds WEBP.
    [Test]
    public async Task WebpOrTiff_ReturnsInvalidImage(
        [ValueSource(nameof(s_versions))] string version,
        [Values(ImageFormatKind.Webp, ImageFormatKind.Tiff)] ImageFormatKind format)
    {
        var image = TestImageWriter.Write(new ImageSpec(format, Width: 64, Height: 64));

        var response = await Client.CreateWithVerifyAsync(version, image);

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidImage");
    }

    [Test]
    public async Task NotAnImage_ReturnsInvalidImage(
        [ValueSource(nameof(s_versions))] string version,
        [Values("text", "svg", "heic")] string kind)
    {
        var image = NotAnImage(kind);

        var response = await Client.CreateWithVerifyAsync(version, image);

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidImage");
    }

    [Test]
    public async Task DamagedFile_ReturnsInvalidImage(
        [ValueSource(nameof(s_versions))] string version,
        [Values(ImageFormatKind.Jpeg, ImageFormatKind.Png, ImageFormatKind.Gif, ImageFormatKind.Bmp)] ImageFormatKind format,
        [Values(Corruption.Truncate, Corruption.Header)] Corruption corruption)
    {
        var image = TestImageWriter.Write(new ImageSpec(format, Width: 200, Height: 160, Corrupt: corruption));

        var response = await Client.CreateWithVerifyAsync(version, image);

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidImage");
    }

    [TestCaseSource(nameof(s_versions))]
    public async Task PngWithCorruptPixelData_ReturnsInvalidImage(string version)
    {
        var image = TestImageWriter.Write(new ImageSpec(ImageFormatKind.Png, Width: 200, Height: 160, Corrupt: Corruption.Data));

        var response = await Client.CreateWithVerifyAsync(version, image);

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidImage");
    }

    [Test]
    public async Task UnderOneKilobyte_ReturnsImageTooSmall([ValueSource(nameof(s_versions))] string version, [Values(0, 1, 1023)] int length)
    {
        // A real PNG cut to length: the size rule comes before decoding, so even a valid prefix is "too small".
        var image = TestImageWriter.Write(new ImageSpec(ImageFormatKind.Png, Width: 64, Height: 64))[..length];

        var response = await Client.CreateWithVerifyAsync(version, image);

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidImageSize");
        response.Json!["error"]!["message"]!.GetValue<string>().Should().Be("Image size is too small.");
    }

    [TestCaseSource(nameof(s_versions))]
    public async Task ValidTinyPng_ReturnsImageTooSmall(string version)
    {
        var image = TestImageWriter.Write(new ImageSpec(ImageFormatKind.Png, Width: 16, Height: 16));
        image.Length.Should().BeLessThan(1024);

        var response = await Client.CreateWithVerifyAsync(version, image);

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidImageSize");
    }

    [TestCaseSource(nameof(s_versions))]
    public async Task ExactlyOneKilobyte_IsAccepted(string version)
    {
        var image = TestImageWriter.Write(new ImageSpec(ImageFormatKind.Png, Width: 16, Height: 16, Size: 1024));
        image.Length.Should().Be(1024);

        var response = await Client.CreateWithVerifyAsync(version, image);

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
    }

    [Test]
    public async Task SixMegabyteBoundary([ValueSource(nameof(s_versions))] string version, [Values(0, 1)] int over)
    {
        const int SixMb = 6 * 1024 * 1024;
        var image = TestImageWriter.Write(new ImageSpec(ImageFormatKind.Bmp, Width: 64, Height: 64, Size: SixMb + over));
        image.Length.Should().Be(SixMb + over);

        var response = await Client.CreateWithVerifyAsync(version, image);

        if (over == 0)
        {
            response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        }
        else
        {
            response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidImageSize");
            response.Json!["error"]!["message"]!.GetValue<string>().Should().Be("Image size is too big.");
        }
    }

    // Decision: dimensions over the emulator's cap (36 MP, 16384 px a side) answer Azure's
    // "Image size is too big." from the header alone. Allocating the 100000×100000 frame would break the
    // bounded allocator's limit and answer InvalidImage instead, so the code proves the frame never existed.
    [Test]
    public async Task HeaderClaimingHugeDimensions_ReturnsImageTooBig(
        [ValueSource(nameof(s_versions))] string version,
        [Values(ImageFormatKind.Png, ImageFormatKind.Bmp)] ImageFormatKind format)
    {
        var image = TestImageWriter.Write(new ImageSpec(format, Width: 64, Height: 64, ClaimWidth: 100_000, ClaimHeight: 100_000));

        var response = await Client.CreateWithVerifyAsync(version, image);

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidImageSize");
        response.ErrorMessage.Should().Be("Image size is too big.");
    }

    // Decision: Azure uses "GIF (the first frame)" and documents no frame limit. Up to 1000 frames the
    // first one decides; more are refused as too big, counted from the frame descriptors alone.
    [TestCaseSource(nameof(s_versions))]
    public async Task GifAtTheFrameCap_IsJudgedByItsFirstFrame(string version)
    {
        var image = TestImageWriter.Write(new ImageSpec(ImageFormatKind.Gif, Width: 64, Height: 64, Frames: 1000));

        var response = await Client.CreateWithVerifyAsync(version, image);

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        response.ReportedFace(version).Rectangle().Should().Be((16, 13, 32, 38));
    }

    [TestCaseSource(nameof(s_versions))]
    public async Task GifWithThousandsOfFrames_ReturnsImageTooBig(string version)
    {
        var image = TestImageWriter.Write(new ImageSpec(ImageFormatKind.Gif, Width: 64, Height: 64, Frames: 3000));

        var response = await Client.CreateWithVerifyAsync(version, image);

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidImageSize");
        response.ErrorMessage.Should().Be("Image size is too big.");
    }

    [TestCaseSource(nameof(s_versions))]
    public async Task ImagePartWithoutFileName_ReturnsInvalidRequestBody(string version)
    {
        var image = TestImageWriter.Write(new ImageSpec(ImageFormatKind.Png, Width: 64, Height: 64));

        var response = await Client.CreateWithVerifyAsync(version, image, fileName: null);

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidRequestBody");
    }

    private static byte[] NotAnImage(string kind)
    {
        var filler = new string('x', 2048);
        return kind switch
        {
            "text" => Encoding.UTF8.GetBytes("This is a plain text file, not a photo. " + filler),
            "svg" => Encoding.UTF8.GetBytes($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\"><!-- {filler} --><circle cx=\"32\" cy=\"32\" r=\"16\"/></svg>"),
            // An ISO-BMFF "ftyp heic" box followed by filler: what an iPhone HEIC starts with.
            _ => [0, 0, 0, 24, .. "ftypheic"u8, 0, 0, 0, 0, .. "mif1heic"u8, .. Encoding.ASCII.GetBytes(filler)],
        };
    }
}
