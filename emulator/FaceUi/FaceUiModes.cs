namespace FaceEmulator.FaceUi;

/// <summary>How the stand-in web component decides an attempt (docs/web-component.md).</summary>
internal static class FaceUiModes
{
    /// <summary>The tenant's scripts, rules and default decide, with no clicks: for CI. The default.</summary>
    public const string Automatic = "automatic";

    /// <summary>A panel in the component lets a tester pick the outcome.</summary>
    public const string Interactive = "interactive";

    /// <summary>The mode's canonical name, or null when <paramref name="mode"/> is neither.</summary>
    public static string? Find(string? mode) =>
        string.Equals(mode, Automatic, StringComparison.OrdinalIgnoreCase) ? Automatic
        : string.Equals(mode, Interactive, StringComparison.OrdinalIgnoreCase) ? Interactive
        : null;
}
