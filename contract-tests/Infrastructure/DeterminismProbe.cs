namespace FaceEmulator.ContractTests.Infrastructure;

/// <summary>
/// Against a running emulator, the suite's snapshots and clock assertions hold only in deterministic mode. Rather
/// than dozens of confusing clock and id failures, the run stops at once with one message that says how to start it.
/// </summary>
public static class DeterminismProbe
{
    /// <summary>Where a fresh tenant's clock stands, frozen, in deterministic mode (README, "Deterministic mode").</summary>
    public static readonly DateTimeOffset DeterministicStart = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static async Task RequireAsync(TestTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Kind != TargetKind.Url)
        {
            return;
        }

        using var client = Emulator.Client($"determinism-probe-{Guid.NewGuid():N}");
        var clock = await client.GetFaceAsync("/__admin/clock");
        if (Problem(target, clock) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }
    }

    /// <summary>Null when a fresh tenant's clock answers as deterministic mode does; otherwise the message to stop with.</summary>
    public static string? Problem(TestTarget target, FaceResponse clock)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(clock);
        var json = clock.Status == System.Net.HttpStatusCode.OK ? clock.Json : null;
        var now = json?["now"]?.GetValue<string>() is { } text ? DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
        var frozen = json?["frozen"]?.GetValue<bool>() == true;
        return now == DeterministicStart && frozen
            ? null
            : $"{target.Describe()} is not in deterministic mode: a fresh tenant's clock answered {(int)clock.Status} {clock.Body}, " +
              $"not {DeterministicStart:O} frozen. The suite's snapshots and clock assertions need it: start the emulator with " +
              "Emulator__Deterministic=true (docker run -e Emulator__Deterministic=true -p 5080:5080 faceemu, or " +
              "dotnet run --project emulator -- --Emulator:Deterministic=true), then run the suite again.";
    }
}
