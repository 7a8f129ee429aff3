namespace FaceEmulator.Decisions;

/// <summary>The <c>LivenessDecision</c> enum values as the spec spells them (lower case).</summary>
internal static class LivenessDecisions
{
    public const string RealFace = "realface";
    public const string SpoofFace = "spoofface";
    public const string Uncertain = "uncertain";

    /// <summary>Accepts any casing (the official v1.2 example writes <c>realFace</c>) and returns the spec's spelling.</summary>
    public static string? Normalize(string? value) => value?.ToUpperInvariant() switch
    {
        "REALFACE" => RealFace,
        "SPOOFFACE" => SpoofFace,
        "UNCERTAIN" => Uncertain,
        _ => null,
    };
}
