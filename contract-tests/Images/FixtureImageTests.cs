using System.Net;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Images;

/// <summary>
/// The committed samples in <c>fixtures/images/</c> give the answers docs/images.md promises, in one
/// version of each family. Regenerate them with <c>fixtures/images/regenerate.sh</c>.
/// </summary>
public sealed class FixtureImageTests : TenantFixture
{
    // File → expected error code (null: accepted), and for accepted files the quality reported.
    private static readonly Dictionary<string, (string? Code, string? Quality)> s_expected = new()
    {
        ["valid.jpg"] = (null, "medium"),
        ["valid.png"] = (null, "medium"),
        ["valid.gif"] = (null, "medium"),
        ["valid.bmp"] = (null, "low"),
        ["unsupported.webp"] = ("InvalidImage", null),
        ["unsupported.tiff"] = ("InvalidImage", null),
        ["not-an-image.txt"] = ("InvalidImage", null),
        ["empty.jpg"] = ("InvalidImageSize", null),
        ["truncated.jpg"] = ("InvalidImage", null),
        ["truncated.png"] = ("InvalidImage", null),
        ["corrupt-header.png"] = ("InvalidImage", null),
        ["tiny.png"] = ("InvalidImageSize", null),
        ["huge-dimensions.png"] = ("InvalidImageSize", null),
        ["many-frames.gif"] = (null, "low"),
        ["too-many-frames.gif"] = ("InvalidImageSize", null),
        ["faces-0.png"] = ("InvalidImage", null),
        ["faces-2.png"] = ("InvalidImage", null),
        ["face-rect.jpg"] = (null, "medium"),
        ["face-rect-exif.jpg"] = (null, "medium"),
        ["face-outside.png"] = ("InvalidImage", null),
        ["face-rect-quality.png"] = (null, "high"),
        ["quality-low.png"] = (null, "low"),
        ["quality-medium.png"] = (null, "medium"),
        ["quality-high.png"] = (null, "high"),
    };

    private static readonly string s_folder = Path.Combine(AppContext.BaseDirectory, "fixtures", "images");

    public static IEnumerable<TestCaseData> Cases() =>
        from file in s_expected.Keys
        from version in new[] { "v1.1-preview.1", "v1.2" }
        select new TestCaseData(file, version);

    [TestCase("v1.1-preview.1")]
    [TestCase("v1.2")]
    public async Task RectangleAndQualityInstruction_AreReportedAsWritten(string version)
    {
        var image = await File.ReadAllBytesAsync(Path.Combine(s_folder, "face-rect-quality.png"));

        var response = await Client.CreateWithVerifyAsync(version, image, "face-rect-quality.png");

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        var face = response.ReportedFace(version);
        face.Rectangle().Should().Be((40, 30, 120, 150));
        face.Quality().Should().Be("high", "the instruction overrides the width rule, which says medium");
    }

    [Test]
    public void EveryCommittedSample_HasAnExpectation() =>
        Directory.GetFiles(s_folder).Select(Path.GetFileName).Should().BeEquivalentTo(s_expected.Keys);

    [TestCaseSource(nameof(Cases))]
    public async Task Sample_GetsTheDocumentedAnswer(string file, string version)
    {
        var (code, quality) = s_expected[file];

        var response = await Client.CreateWithVerifyAsync(version, await File.ReadAllBytesAsync(Path.Combine(s_folder, file)), file);

        if (code is null)
        {
            response.Status.Should().Be(HttpStatusCode.OK, response.Body);
            response.ReportedFace(version).Quality().Should().Be(quality);
        }
        else
        {
            response.ShouldBeError(HttpStatusCode.BadRequest, code);
        }
    }
}
