namespace FaceEmulator.Testing;

/// <summary>
/// What an attempt yields: a <see cref="Scenario"/> as the base, or a decision, or an attempt error, with
/// optional overrides. A <see cref="Testing.Scenario"/> converts to an outcome, so
/// <c>ScriptAsync(id, Scenario.ScreenReplay, Scenario.RealFace)</c> works.
/// </summary>
public sealed record Outcome
{
    /// <summary>The base scenario; the other members override it.</summary>
    public Scenario? Scenario { get; init; }

    /// <summary><c>realface</c>, <c>spoofface</c> or <c>uncertain</c> (see <see cref="LivenessDecision"/>).</summary>
    public string? Decision { get; init; }

    /// <summary>An attempt error instead of a decision.</summary>
    public AttemptError? Error { get; init; }

    /// <summary>0..1, for with-verify sessions; <c>isIdentical</c> follows from the session's threshold.</summary>
    public double? MatchConfidence { get; init; }

    public FaceRectangle? FaceRectangle { get; init; }

    /// <summary>The reported <c>latencyInMilliseconds</c>; nothing is delayed (faults do that).</summary>
    public int? LatencyMs { get; init; }

    public static implicit operator Outcome(Scenario scenario) => FromScenario(scenario);

    public static Outcome FromScenario(Scenario scenario) => new() { Scenario = scenario };

    /// <summary>A decision with no scenario behind it, e.g. <c>Outcome.Decided(LivenessDecision.SpoofFace)</c>.</summary>
    public static Outcome Decided(string decision) => new() { Decision = decision };

    /// <summary>An attempt error; without a message the emulator uses its catalogue's.</summary>
    public static Outcome Failed(string code, string? message = null) => new() { Error = new AttemptError(code, message) };
}

/// <summary>The liveness decisions Azure reports.</summary>
public static class LivenessDecision
{
    public const string RealFace = "realface";
    public const string SpoofFace = "spoofface";
    public const string Uncertain = "uncertain";
}

/// <summary>An attempt error, as in <c>attempts[].error</c>.</summary>
public sealed record AttemptError(string Code, string? Message = null);

/// <summary>A face's bounding box in pixels.</summary>
public sealed record FaceRectangle(int Top, int Left, int Width, int Height);
