using System.Security.Cryptography;
using FaceEmulator.Images;
using FaceEmulator.Sessions;
using FaceEmulator.Tool;

namespace FaceEmulator.ContractTests.Images;

/// <summary>Unit checks of what the HTTP surface cannot show yet (the hash appears only in attempt results).</summary>
public sealed class VerifyImageInspectorTests
{
    [Test]
    public void AcceptedImage_KeepsUpperCaseSha256OfTheBytes()
    {
        var bytes = TestImageWriter.Write(new ImageSpec(Width: 96, Height: 80));

        var (reference, error) = new VerifyImageInspector().Inspect(new VerifyImageUpload(bytes, "a.png", "image/png"));

        error.Should().BeNull();
        reference!.Sha256Hex.Should().Be(Convert.ToHexString(SHA256.HashData(bytes))).And.MatchRegex("^[0-9A-F]{64}$");
    }

    [Test]
    public void SameBytes_GiveTheSameReport()
    {
        var bytes = TestImageWriter.Write(new ImageSpec(ImageFormatKind.Jpeg, 120, 90, Seed: 9));
        var inspector = new VerifyImageInspector();

        inspector.Inspect(new VerifyImageUpload(bytes, "a.jpg", null)).Should().Be(inspector.Inspect(new VerifyImageUpload(bytes, "b.jpg", null)));
    }
}
