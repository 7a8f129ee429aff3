// An app server names its own Program (as WebApplicationFactory<Program> does). This compiles without
// CS0436 only while the FaceEmulator package keeps its own Program internal.
namespace LivenessAppServer.Tests;

public sealed class ProgramNameTests
{
    [Test]
    public void The_apps_own_Program_is_not_shadowed_by_the_emulators() =>
        typeof(global::Program).Assembly.Should().BeSameAs(typeof(ProgramNameTests).Assembly);
}
