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

        var (reference, error) = new VerifyImageInspector().Inspect(new VerifyImageUpload(bytes, "a.png", "image/png"), new VerdictCache());

        error.Should().BeNull();
        reference!.Sha256Hex.Should().Be(Convert.ToHexString(SHA256.HashData(bytes))).And.MatchRegex("^[0-9A-F]{64}$");
    }

    [Test]
    public void SameBytes_GiveTheSameReport_FromTheCacheOrNot()
    {
        var bytes = TestImageWriter.Write(new ImageSpec(ImageFormatKind.Jpeg, 120, 90, Seed: 9));
        var inspector = new VerifyImageInspector();
        var (mine, theirs) = (new VerdictCache(), new VerdictCache());

        var first = inspector.Inspect(new VerifyImageUpload(bytes, "a.jpg", null), mine);
        var repeat = inspector.Inspect(new VerifyImageUpload(bytes, "b.jpg", null), mine);
        var elsewhere = inspector.Inspect(new VerifyImageUpload(bytes, "c.jpg", null), theirs);

        repeat.Should().Be(first);
        elsewhere.Should().Be(first);
        mine.Inspections.Should().Be(1, "the repeat is answered from the cache");
        theirs.Inspections.Should().Be(1, "another cache does not know the image");
    }

    [Test]
    public void TheCache_KeepsItsCapacity_OldestDroppedFirst()
    {
        var cache = new VerdictCache();
        for (var i = 0; i <= VerdictCache.Capacity; i++)
        {
            cache.Add($"hash-{i}", (null, null));
        }

        cache.TryGet("hash-0").Should().BeNull();
        cache.TryGet($"hash-{VerdictCache.Capacity}").Should().NotBeNull();
        cache.TryGet("hash-1").Should().NotBeNull();
    }
}
