using FaceEmulator.Decisions;

namespace FaceEmulator.ContractTests.Decisions;

/// <summary>
/// FaceEmulator.Testing's typed <c>Scenario</c> list mirrors the catalogue, which stays the one source of
/// truth: adding or renaming a scenario fails here until the library's list follows.
/// </summary>
public sealed class TestingScenarioListTests
{
    [Test]
    public void TestingLibraryScenarios_AreExactlyTheCatalogue() =>
        Testing.Scenario.All.Select(s => s.Name).Should().BeEquivalentTo(ScenarioCatalog.All.Select(s => s.Scenario));

    [Test]
    public void TestingLibraryScenarios_AreKnownByName() =>
        ScenarioCatalog.All.Select(s => Testing.Scenario.Named(s.Scenario!)).Should().BeSubsetOf(Testing.Scenario.All);
}
