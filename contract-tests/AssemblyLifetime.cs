using System.Globalization;
using FaceEmulator.ContractTests.Infrastructure;
using FaceEmulator.ContractTests.Infrastructure.Schema;

namespace FaceEmulator.ContractTests;

/// <summary>
/// Checks the run's settings before the first test and, after the last (this namespace covers them
/// all): deletes what live mode left, reports the schema checks and stops the shared emulator.
/// </summary>
[SetUpFixture]
public sealed class AssemblyLifetime
{
    /// <summary>Where the schema summary is also written, for tools/test's guard.</summary>
    public const string SummaryVariable = "FACE_SCHEMA_SUMMARY";

    [OneTimeSetUp]
    public async Task CheckSettingsAsync()
    {
        // Both throw with a clear message on a bad FACE_* variable, failing the whole run at once.
        var target = TestTarget.FromEnvironment(Environment.GetEnvironmentVariable);
        var versions = TestVersions.Select(Environment.GetEnvironmentVariable("FACE_API_VERSIONS"));
        TestContext.Progress.WriteLine($"contract suite: target {target.Describe()}; versions {string.Join(", ", versions)}");
        await DeterminismProbe.RequireAsync(target);

        var catalog = SchemaCatalog.Instance;
        if (!catalog.IsComplete)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(catalog.MissingMessage);
            }

            TestContext.Progress.WriteLine(catalog.MissingMessage);
        }
    }

    [OneTimeTearDown]
    public async Task FinishAsync()
    {
        await DeleteLiveLeftoversAsync();
        ReportSchemaChecks();
        await Emulator.StopAsync();
    }

    private static async Task DeleteLiveLeftoversAsync()
    {
        if (!TestTarget.Current.IsLive)
        {
            return;
        }

        using var client = Emulator.Client("cleanup");
        foreach (var path in TargetGuardHandler.Leftovers.ToArray())
        {
            try
            {
                await client.DeleteAsync(new Uri(path, UriKind.Relative));
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or ResultStateException)
            {
                TestContext.Progress.WriteLine($"live mode: could not delete {path}: {e.Message}");
            }
        }
    }

    private static void ReportSchemaChecks()
    {
        var catalog = SchemaCatalog.Instance;
        var counts = TestVersions.Known.Select(v =>
            catalog.Versions.Contains(v)
                ? $"{v} {catalog.Validated.GetValueOrDefault(v).ToString(CultureInfo.InvariantCulture)} responses validated"
                : $"{v} not checked (no document)");
        var line = $"schema: {string.Join(", ", counts)}";
        TestContext.Progress.WriteLine(line);
        if (Environment.GetEnvironmentVariable(SummaryVariable) is { Length: > 0 } file)
        {
            File.WriteAllLines(file, TestVersions.Known.Select(v =>
                $"{v} {(catalog.Versions.Contains(v) ? catalog.Validated.GetValueOrDefault(v).ToString(CultureInfo.InvariantCulture) : "missing")}"));
        }
    }
}
