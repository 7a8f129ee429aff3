namespace FaceEmulator.Decisions;

/// <summary>How attempts are decided when nothing more specific applies.</summary>
public sealed class DecisionOptions
{
    public const string SectionName = "Emulator:Decisions";

    /// <summary>A scenario name from the catalogue (docs/device-side.md). Defaults to <c>real-face</c>.</summary>
    public string DefaultScenario { get; set; } = "real-face";

    /// <summary>
    /// <c>isIdentical</c> is <c>matchConfidence &gt;= threshold</c>; this is the threshold when the session
    /// set no <c>verifyConfidenceThreshold</c>. Azure does not document its default; 0.5 is the default
    /// of Face's other verification call (Face - Verify). Defaults to 0.5.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(0.0, 1.0)]
    public double DefaultVerifyConfidenceThreshold { get; set; } = 0.5;
}
