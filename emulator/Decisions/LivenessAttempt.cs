using FaceEmulator.Sessions;

namespace FaceEmulator.Decisions;

/// <summary>Everything a rule may look at, captured once per attempt so that rules stay pure.</summary>
/// <param name="Explicit">The outcome named in the admin attempt body, if any.</param>
/// <param name="ScriptHead">The next entry of the session's script, if any.</param>
/// <param name="TenantRules">The tenant's rules in the order they were added.</param>
internal sealed record LivenessAttempt(
    SessionRecord Session,
    LivenessOutcome? Explicit,
    LivenessOutcome? ScriptHead,
    IReadOnlyList<TenantRule> TenantRules);
