using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace FaceEmulator.ContractTests.Infrastructure;

/// <summary>
/// Marks a test or fixture whose assertions rely on deterministic mode (frozen clock, sequential ids,
/// seeded randomness, a fresh tenant): snapshots and literal ids or times. In live mode it is ignored,
/// with this reason, because Azure's ids, times and resource state are its own. Against a running
/// emulator it runs: start that emulator with <c>Emulator__Deterministic=true</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class DeterministicAttribute : NUnitAttribute, IApplyToTest
{
    public const string Reason = "relies on the emulator's deterministic mode (fixed ids, times or a fresh tenant), which Azure does not have";

    public const string KeyReason = "its bodies depend on the tenant's key (the random seed is mixed with it), and FACE_KEY_PREFIX changes every key";

    /// <summary>The expected values also depend on the subscription key, so a <c>FACE_KEY_PREFIX</c> changes them.</summary>
    public bool DependsOnKey { get; init; }

    public void ApplyToTest(Test test)
    {
        ArgumentNullException.ThrowIfNull(test);
        var target = TestTarget.Current;
        var reason = target.IsLive ? Reason : DependsOnKey && target.KeyPrefix.Length > 0 ? KeyReason : null;
        if (reason is not null && test.RunState != RunState.NotRunnable)
        {
            test.RunState = RunState.Ignored;
            test.Properties.Set(PropertyNames.SkipReason, reason);
        }
    }
}
