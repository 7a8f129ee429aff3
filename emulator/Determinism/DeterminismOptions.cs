namespace FaceEmulator.Determinism;

/// <summary>How ids are minted.</summary>
public enum IdMode
{
    /// <summary>Random GUIDs, as Azure issues them.</summary>
    Random,

    /// <summary><c>00000000-0000-0000-0000-000000000001</c>, <c>…002</c>, … counted per tenant.</summary>
    Sequential,

    /// <summary>GUID-shaped ids drawn from the tenant's seeded random source.</summary>
    Seeded,
}

/// <summary>The single place where time, ids and chance are configured (<c>Emulator:*</c>).</summary>
public sealed class DeterminismOptions
{
    public const string SectionName = "Emulator";

    /// <summary>
    /// Shorthand for a repeatable emulator: clock starts frozen at <see cref="DefaultStart"/>,
    /// ids are sequential and the random seed is 1, unless the finer settings below say otherwise.
    /// Defaults to <see langword="false"/>.
    /// </summary>
    public bool Deterministic { get; set; }

    /// <summary><c>Emulator:Clock</c>.</summary>
    public ClockSettings Clock { get; set; } = new();

    /// <summary><c>Emulator:Ids</c>.</summary>
    public IdSettings Ids { get; set; } = new();

    /// <summary><c>Emulator:Random</c>.</summary>
    public RandomSettings Random { get; set; } = new();

    public static DateTimeOffset DefaultStart { get; } = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public DateTimeOffset? EffectiveStart => Clock.Start ?? (Deterministic ? DefaultStart : null);

    public bool EffectiveFrozen => Clock.Frozen ?? Deterministic;

    public IdMode EffectiveIdMode => Ids.Mode ?? (Deterministic ? IdMode.Sequential : IdMode.Random);

    public int? EffectiveSeed => Random.Seed ?? (Deterministic ? 1 : null);
}

public sealed class ClockSettings
{
    /// <summary>The instant every new tenant's clock starts at. Defaults to the real time.</summary>
    public DateTimeOffset? Start { get; set; }

    /// <summary>Whether new tenant clocks start frozen. Defaults to <see langword="false"/> (or true when deterministic).</summary>
    public bool? Frozen { get; set; }
}

public sealed class IdSettings
{
    /// <summary>Random, Sequential or Seeded. Defaults to Random (or Sequential when deterministic).</summary>
    public IdMode? Mode { get; set; }
}

public sealed class RandomSettings
{
    /// <summary>Seed for fault probabilities and seeded ids. Defaults to a fresh seed per start (1 when deterministic).</summary>
    public int? Seed { get; set; }
}
