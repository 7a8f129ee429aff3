namespace FaceEmulator.Decisions;

/// <summary>
/// A script for sessions that do not exist yet (scenario file <c>scripts</c>): a session whose parameters
/// fit <see cref="Match"/> gets its own copy of <see cref="Outcomes"/> the first time its script is looked
/// at (its first attempt, or <c>GET /__admin/sessions/{id}/script</c>).
/// </summary>
/// <param name="Sessions">How many sessions may get the script; null means every matching session.</param>
/// <param name="Remaining">Sessions that may still get it; null means unlimited.</param>
internal sealed record ScriptTemplate(RuleMatch Match, IReadOnlyList<LivenessOutcome> Outcomes, int? Sessions, int? Remaining)
{
    public bool IsActive => Remaining is null or > 0;
}

/// <summary>A tenant rule as read from JSON, before the tenant numbers it.</summary>
internal sealed record RuleContent(RuleMatch Match, LivenessOutcome Outcome, int? Times);
