using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace FaceEmulator.ContractTests.Infrastructure;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that tells the test when the emulator starts waiting, so the test
/// advances time exactly then instead of guessing with real sleeps.
/// </summary>
public sealed class TimerAwareTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly ConcurrentDictionary<TimeSpan, TaskCompletionSource> _waits = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        Signal(dueTime).TrySetResult();
        return timer;
    }

    /// <summary>Completes once a timer with this due time exists (the emulator's Task.Delay).</summary>
    public Task WaitForTimerAsync(TimeSpan dueTime) => Signal(dueTime).Task.WaitAsync(TimeSpan.FromSeconds(30));

    private TaskCompletionSource Signal(TimeSpan dueTime) =>
        _waits.GetOrAdd(dueTime, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
