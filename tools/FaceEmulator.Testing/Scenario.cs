using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaceEmulator.Testing;

/// <summary>
/// A named outcome from the emulator's scenario catalogue (docs/device-side.md). Usable wherever an
/// <see cref="Outcome"/> is expected. The list mirrors <c>emulator/Decisions/ScenarioCatalog.cs</c>; a
/// contract test fails when the two differ.
/// </summary>
[JsonConverter(typeof(ScenarioJsonConverter))]
public sealed record Scenario
{
    private Scenario(string name) => Name = name;

    /// <summary>The catalogue name the emulator understands, e.g. <c>screen-replay</c>.</summary>
    public string Name { get; }

    /// <summary>A live person: <c>realface</c>, and a confident verify match.</summary>
    public static Scenario RealFace { get; } = new("real-face");

    /// <summary>A printed photo: <c>spoofface</c>.</summary>
    public static Scenario PrintedPhoto { get; } = new("printed-photo");

    /// <summary>A replay on a screen: <c>spoofface</c>.</summary>
    public static Scenario ScreenReplay { get; } = new("screen-replay");

    /// <summary>A 3D mask: <c>spoofface</c>, low match confidence.</summary>
    public static Scenario Mask3D { get; } = new("3d-mask");

    /// <summary>Poor lighting: <c>uncertain</c>.</summary>
    public static Scenario UncertainLighting { get; } = new("uncertain-lighting");

    /// <summary>A live person who is not the reference: <c>isIdentical</c> false.</summary>
    public static Scenario VerifyMismatch { get; } = new("verify-mismatch");

    /// <summary>Match confidence 0.42: not identical at the default threshold 0.5, identical at 0.4.</summary>
    public static Scenario VerifyLowConfidence { get; } = new("verify-low-confidence");

    /// <summary>Attempt error <c>FaceWithMaskDetected</c> (the one Azure documents).</summary>
    public static Scenario FaceMaskDetected { get; } = new("face-mask-detected");

    /// <summary>Attempt error <c>FaceMouthRegionNotVisible</c>.</summary>
    public static Scenario FaceMouthNotVisible { get; } = new("face-mouth-not-visible");

    /// <summary>Attempt error <c>FaceEyeRegionNotVisible</c>.</summary>
    public static Scenario FaceEyeNotVisible { get; } = new("face-eye-not-visible");

    /// <summary>Attempt error <c>ExcessiveImageBlurDetected</c>.</summary>
    public static Scenario ImageBlurry { get; } = new("image-blurry");

    /// <summary>Attempt error <c>ExcessiveFaceBrightness</c>.</summary>
    public static Scenario FaceTooBright { get; } = new("face-too-bright");

    /// <summary>Attempt error <c>ActionNotPerformed</c>.</summary>
    public static Scenario ActionNotPerformed { get; } = new("action-not-performed");

    /// <summary>Attempt error <c>TimedOut</c>.</summary>
    public static Scenario TimedOut { get; } = new("timed-out");

    /// <summary>Every scenario above, in catalogue-name order.</summary>
    public static IReadOnlyList<Scenario> All { get; } =
    [
        Mask3D, ActionNotPerformed, FaceEyeNotVisible, FaceMaskDetected, FaceMouthNotVisible, FaceTooBright,
        ImageBlurry, PrintedPhoto, RealFace, ScreenReplay, TimedOut, UncertainLighting, VerifyLowConfidence, VerifyMismatch,
    ];

    /// <summary>A scenario by its catalogue name, for names this list does not know yet (the emulator checks it).</summary>
    public static Scenario Named(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)) ?? new Scenario(name);
    }

    public override string ToString() => Name;
}

/// <summary>A scenario is its name on the wire.</summary>
internal sealed class ScenarioJsonConverter : JsonConverter<Scenario>
{
    public override Scenario? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? Scenario.Named(reader.GetString()!) : throw new JsonException("A scenario is a string.");

    public override void Write(Utf8JsonWriter writer, Scenario value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name);
}
