namespace Testcontainers.FaceEmulator.Tests;

/// <summary>Argument checks that need no container engine (they run in the in-process stage).</summary>
public sealed class BuilderTests
{
    [Test]
    public void WithSetting_RejectsKeysOutsideTheEmulatorSection()
    {
        var act = () => new FaceEmulatorBuilder("localhost/faceemu:dev").WithSetting("Logging:LogLevel:Default", "Debug");
        act.Should().Throw<ArgumentException>().WithMessage("*start with 'Emulator:'*");
    }

    [Test]
    public void WithKeys_RejectsNoKeysAndEmptyKeys()
    {
        var builder = new FaceEmulatorBuilder("localhost/faceemu:dev");
        builder.Invoking(b => b.WithKeys()).Should().Throw<ArgumentException>();
        builder.Invoking(b => b.WithKeys("key-a", " ")).Should().Throw<ArgumentException>();
    }

    [Test]
    public void Constructor_RequiresTheImage() =>
        FluentActions.Invoking(() => new FaceEmulatorBuilder(" ")).Should().Throw<ArgumentException>();

    [Test]
    public void WithScenarioFile_MissingFile_FailsAtTheBuilder() =>
        FluentActions.Invoking(() => new FaceEmulatorBuilder("localhost/faceemu:dev").WithScenarioFile("/nonexistent/scenario.json"))
            .Should().Throw<IOException>();
}
