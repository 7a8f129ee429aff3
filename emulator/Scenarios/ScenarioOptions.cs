namespace FaceEmulator.Scenarios;

/// <summary>Where the scenario file is.</summary>
public sealed class ScenarioOptions
{
    public const string SectionName = "Emulator";

    /// <summary>Path to a scenario JSON file, relative to the working directory. Defaults to none.</summary>
    public string? ScenarioFile { get; set; }
}
