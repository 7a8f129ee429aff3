using FaceEmulator.Images;
using FaceEmulator.Sessions;

namespace FaceEmulator.ContractTests.Images;

/// <summary>Pure unit tests of the <c>faceemu:</c> instruction grammar.</summary>
public sealed class FaceInstructionParserTests
{
    [TestCase(null)]
    [TestCase("")]
    [TestCase("Created with GIMP")]
    [TestCase("faces=2")]
    public void TextWithoutPrefix_IsNotAnInstruction(string? text) =>
        FaceInstructionParser.TryParse(text, out _).Should().BeFalse();

    [Test]
    public void AllParts_AreRead_RectangleAsLeftTopWidthHeight()
    {
        FaceInstructionParser.TryParse("faceemu: faces=1; face=10,20,150,180; quality=LOW", out var instruction).Should().BeTrue();

        instruction.Should().Be(new FaceInstruction(1, new FaceRectangle(Top: 20, Left: 10, Width: 150, Height: 180), "low"));
    }

    [TestCase("faceemu:", 0)]
    [TestCase("  FACEEMU: faces=0  ", 1)]
    [TestCase("faceemu: faces=2\nquality=high", 2)]
    public void PrefixIsCaseInsensitive_AndSeparatorsAreFlexible(string text, int parts)
    {
        FaceInstructionParser.TryParse(text, out var instruction).Should().BeTrue();

        instruction.Should().NotBeNull();
        new object?[] { instruction!.Faces, instruction.Face, instruction.Quality }.Count(p => p is not null).Should().Be(parts);
    }

    [TestCase("faceemu: faces=-1")]
    [TestCase("faceemu: faces=101")]
    [TestCase("faceemu: faces=two")]
    [TestCase("faceemu: face=1,2,3")]
    [TestCase("faceemu: face=1,2,0,5")]
    [TestCase("faceemu: face=-1,2,3,4")]
    [TestCase("faceemu: quality=excellent")]
    [TestCase("faceemu: colour=blue")]
    [TestCase("faceemu: faces")]
    public void MalformedInstruction_IsAnInstructionWithoutValue(string text)
    {
        FaceInstructionParser.TryParse(text, out var instruction).Should().BeTrue();

        instruction.Should().BeNull();
    }
}
