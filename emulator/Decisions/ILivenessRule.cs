namespace FaceEmulator.Decisions;

/// <summary>One reason the emulator reaches a liveness outcome.</summary>
internal interface ILivenessRule
{
    /// <returns>The decision, or <see langword="null"/> when the rule does not apply.</returns>
    Decision? Evaluate(LivenessAttempt attempt);
}
