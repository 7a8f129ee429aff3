using System.Collections.Frozen;
using FaceEmulator.Sessions;

namespace FaceEmulator.Decisions;

/// <summary>
/// Named outcomes usable wherever an outcome is expected (admin attempt body, session scripts, tenant
/// rules, the configured default). Only <c>FaceWithMaskDetected</c> is a documented attempt error; the
/// other error codes mirror the client SDKs' failure reasons (notes §6.4), in PascalCase by assumption.
/// </summary>
internal static class ScenarioCatalog
{
    /// <summary>The recorded v1.2 GA with-verify result (recordings README, fact 16) is below; this is a confident match.</summary>
    public const double IdenticalConfidence = 0.96231147;

    public const int DefaultLatencyInMilliseconds = 850;

    public static LivenessOutcome RealFace { get; } = Decision("real-face", LivenessDecisions.RealFace, IdenticalConfidence);

    private static readonly FrozenDictionary<string, LivenessOutcome> s_scenarios = new[]
    {
        RealFace,
        Decision("printed-photo", LivenessDecisions.SpoofFace, 0.91240385),
        Decision("screen-replay", LivenessDecisions.SpoofFace, 0.93107721),
        Decision("3d-mask", LivenessDecisions.SpoofFace, 0.31774412),
        Decision("uncertain-lighting", LivenessDecisions.Uncertain, 0.72904517),
        // Recorded values: 0.08871888 (Face.json v1.2 example), isIdentical false.
        Decision("verify-mismatch", LivenessDecisions.RealFace, 0.08871888),
        // Below the default threshold (0.5) but above 0.4: flips with verifyConfidenceThreshold.
        Decision("verify-low-confidence", LivenessDecisions.RealFace, 0.42310876),
        // The one documented attempt error (Face.json v1.2/v1.3 examples, Learn tutorial).
        Failure("face-mask-detected", "FaceWithMaskDetected", "Mask detected on face image."),
        Failure("face-mouth-not-visible", "FaceMouthRegionNotVisible", "Mouth region is not visible on face image."),
        Failure("face-eye-not-visible", "FaceEyeRegionNotVisible", "Eye region is not visible on face image."),
        Failure("image-blurry", "ExcessiveImageBlurDetected", "Excessive image blur detected."),
        Failure("face-too-bright", "ExcessiveFaceBrightness", "Excessive face brightness detected."),
        Failure("action-not-performed", "ActionNotPerformed", "The requested action was not performed."),
        Failure("timed-out", "TimedOut", "The liveness check timed out."),
    }.ToFrozenDictionary(s => s.Scenario!, StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<LivenessOutcome> All => s_scenarios.Values.OrderBy(s => s.Scenario, StringComparer.Ordinal);

    public static LivenessOutcome? Find(string? name) =>
        name is not null && s_scenarios.TryGetValue(name, out var outcome) ? outcome : null;

    /// <summary>The message of a catalogued error code, so explicit errors may name just the code.</summary>
    public static string? MessageFor(string code) =>
        s_scenarios.Values.FirstOrDefault(s => s.Error?.Code.Equals(code, StringComparison.OrdinalIgnoreCase) == true)?.Error!.Message;

    private static LivenessOutcome Decision(string name, string decision, double matchConfidence) => new()
    {
        Scenario = name,
        Decision = decision,
        MatchConfidence = matchConfidence,
        LatencyInMilliseconds = DefaultLatencyInMilliseconds,
    };

    private static LivenessOutcome Failure(string name, string code, string message) => new()
    {
        Scenario = name,
        Error = new AttemptError(code, message),
        LatencyInMilliseconds = DefaultLatencyInMilliseconds,
    };
}
