namespace FaceEmulator.Hosting.Aspire.Tests;

/// <summary>README "Aspire" shows the app host and app code exactly as RunningTests runs them.</summary>
public sealed class ReadmeSyncTests
{
    private const string Source = "tools/FaceEmulator.Hosting.Aspire.Tests/RunningTests.cs";

    [TestCase("aspire-apphost")]
    [TestCase("aspire-app")]
    public void ReadmeBlock_IsTheTestedExample(string name) =>
        ReadmeBlocks.Block(name).Should().Be(ReadmeBlocks.Region(Source, name));
}
