namespace Testcontainers.FaceEmulator.Tests;

/// <summary>README "Testcontainers" shows the example exactly as ReadmeExampleTests runs it (no container needed).</summary>
public sealed class ReadmeSyncTests
{
    [Test]
    public void ReadmeBlock_IsTheTestedExample() =>
        ReadmeBlocks.Block("testcontainers").Should().Be(ReadmeBlocks.Region("tools/Testcontainers.FaceEmulator.Tests/ReadmeExampleTests.cs", "testcontainers"));
}
