using System.Net;
using FaceEmulator.ContractTests.Infrastructure;
using FaceEmulator.Tool;

namespace FaceEmulator.ContractTests.Images;

/// <summary>
/// The face the emulator reports for the reference image: the default rule, and the <c>faceemu:</c>
/// instructions in the metadata that override it. Classic versions report it as <c>verifyImage</c>,
/// v1.2+ as <c>results.verifyReferences[]</c>.
/// </summary>
public sealed class ReferenceImageFaceTests : TenantFixture
{
    private static readonly string[] s_versions = TestVersions.All;

    // Default: centred, half the shorter side wide, 6:5 tall; quality by width (>=200 high, >=100 medium).
    [Test]
    public async Task NoInstruction_ReportsDefaultFaceAndQuality(
        [ValueSource(nameof(s_versions))] string version,
        [Values("640x480:200,96,240,288:high", "320x240:100,48,120,144:medium", "150x150:37,30,75,90:low")] string example)
    {
        var (width, height, left, top, faceWidth, faceHeight, quality) = Parse(example);
        var image = TestImageWriter.Write(new ImageSpec(ImageFormatKind.Png, width, height));

        var response = await Client.CreateWithVerifyAsync(version, image);

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        var face = response.ReportedFace(version);
        face.Rectangle().Should().Be((left, top, faceWidth, faceHeight));
        face.Quality().Should().Be(quality);
    }

    [TestCaseSource(nameof(s_versions))]
    public async Task ClassicFamilyReportsVerifyImage_AttemptsFamilyReportsVerifyReferences(string version)
    {
        var response = await Client.CreateWithVerifyAsync(version, TestImageWriter.Write(new ImageSpec(Width: 320, Height: 240)));

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        if (TestVersions.Classic.Contains(version))
        {
            response.Json!["verifyImage"].Should().NotBeNull();
            response.Json!["results"].Should().BeNull();
        }
        else
        {
            response.Json!["verifyImage"].Should().BeNull();
            response.Json!["results"]!["verifyReferences"]!.AsArray().Should().ContainSingle();
            response.Json!["results"]!["verifyReferences"]![0]!["referenceType"]!.GetValue<string>().Should().Be("image");
        }
    }

    [Test]
    public async Task FacesZero_ReturnsNoFaceDetected(
        [ValueSource(nameof(s_versions))] string version,
        [Values(ImageFormatKind.Png, ImageFormatKind.Jpeg, ImageFormatKind.Gif)] ImageFormatKind format)
    {
        var response = await Client.CreateWithVerifyAsync(version, TestImageWriter.Write(new ImageSpec(format, 320, 240, Faces: 0)));

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidImage");
        Message(response).Should().Be("No face detected in the image.");
    }

    [Test]
    public async Task FacesTwoOrMore_ReturnsMoreThanOneFace([ValueSource(nameof(s_versions))] string version, [Values(2, 5)] int faces)
    {
        var response = await Client.CreateWithVerifyAsync(version, TestImageWriter.Write(new ImageSpec(Width: 320, Height: 240, Faces: faces)));

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidImage");
        Message(response).Should().Be("There is more than 1 face in the image.");
    }

    [TestCaseSource(nameof(s_versions))]
    public async Task FacesOne_ReportsDefaultFace(string version)
    {
        var response = await Client.CreateWithVerifyAsync(version, TestImageWriter.Write(new ImageSpec(Width: 320, Height: 240, Faces: 1)));

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        response.ReportedFace(version).Rectangle().Should().Be((100, 48, 120, 144));
    }

    [Test]
    public async Task ExplicitFace_IsReportedAsIs_QualityFromItsWidth(
        [ValueSource(nameof(s_versions))] string version,
        [Values(InstructionCarrier.Comment, InstructionCarrier.Exif)] InstructionCarrier carrier)
    {
        var image = TestImageWriter.Write(new ImageSpec(ImageFormatKind.Jpeg, 320, 240, Face: (10, 20, 150, 180), Carrier: carrier));

        var response = await Client.CreateWithVerifyAsync(version, image);

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        var face = response.ReportedFace(version);
        face.Rectangle().Should().Be((10, 20, 150, 180));
        face.Quality().Should().Be("medium");
    }

    [Test]
    public async Task QualityInstruction_OverridesTheSizeRule(
        [ValueSource(nameof(s_versions))] string version,
        [Values("low", "medium", "high")] string quality)
    {
        var response = await Client.CreateWithVerifyAsync(version, TestImageWriter.Write(new ImageSpec(Width: 320, Height: 240, Quality: quality)));

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        response.ReportedFace(version).Quality().Should().Be(quality);
    }

    [TestCaseSource(nameof(s_versions))]
    public async Task FaceOutsideTheImage_ReturnsInvalidImage(string version)
    {
        var image = TestImageWriter.Write(new ImageSpec(Width: 320, Height: 240, Face: (300, 10, 100, 100)));

        var response = await Client.CreateWithVerifyAsync(version, image);

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidImage");
    }

    [TestCaseSource(nameof(s_versions))]
    public async Task MalformedInstruction_ReturnsInvalidImage(string version)
    {
        var image = TestImageWriter.Write(new ImageSpec(Width: 320, Height: 240, Quality: "excellent"));

        var response = await Client.CreateWithVerifyAsync(version, image);

        response.ShouldBeError(HttpStatusCode.BadRequest, "InvalidImage");
        Message(response).Should().StartWith("Emulator:");
    }

    private static string Message(FaceResponse response) => response.Json!["error"]!["message"]!.GetValue<string>();

    private static (int, int, int, int, int, int, string) Parse(string example)
    {
        var parts = example.Split(':');
        var size = parts[0].Split('x').Select(int.Parse).ToArray();
        var face = parts[1].Split(',').Select(int.Parse).ToArray();
        return (size[0], size[1], face[0], face[1], face[2], face[3], parts[2]);
    }
}
