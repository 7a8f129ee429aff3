namespace FaceEmulator.Versions;

/// <summary>How the emulator treats API versions it does not know.</summary>
public sealed class VersionOptions
{
    public const string SectionName = "Emulator:Versions";

    /// <summary>
    /// When <see langword="true"/>, an unknown version that looks like a Face version (for example <c>v1.4</c>)
    /// is served with the newest known contract and the response carries <c>x-emulator-served-version</c>.
    /// Defaults to <see langword="false"/>: unknown versions get Azure's 404.
    /// </summary>
    public bool Loose { get; set; }
}
