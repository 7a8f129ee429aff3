using System.Reflection;
using Microsoft.AspNetCore.Mvc.Testing;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace FaceEmulator.ContractTests.Infrastructure;

/// <summary>
/// Applied to the assembly once the whole test tree is built: against a target other than the in-process
/// emulator, ignores (with the reason) every fixture that keeps its own in-process emulator (an
/// <see cref="OwnEmulatorFixture"/>, or a factory in a field), before its set-up runs. Tests that only construct one inside a test are ignored by
/// <see cref="EmulatorFactory"/>'s constructor. Neither needs an edit to the test.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class TargetSkipsAttribute : NUnitAttribute, IApplyToTest
{
    public void ApplyToTest(Test test)
    {
        ArgumentNullException.ThrowIfNull(test);
        if (TestTarget.Current.IsInProcess)
        {
            return;
        }

        foreach (var fixture in Descendants(test).OfType<TestFixture>())
        {
            if (fixture.TypeInfo?.Type is { } type && OwnsAFactory(type) && fixture.RunState == RunState.Runnable)
            {
                fixture.RunState = RunState.Ignored;
                fixture.Properties.Set(PropertyNames.SkipReason, $"{EmulatorFactory.Reason} ({TestTarget.Current.Describe()})");
            }
        }
    }

    public static bool OwnsAFactory(Type fixture) =>
        fixture.IsAssignableTo(typeof(OwnEmulatorFixture)) ||
        fixture.GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            .Any(f => f.FieldType.IsAssignableTo(typeof(WebApplicationFactory<Program>)));

    private static IEnumerable<ITest> Descendants(ITest test) => test.Tests.SelectMany(t => Descendants(t).Prepend(t));
}
