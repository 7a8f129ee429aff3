namespace FaceEmulator.ContractTests.Infrastructure;

/// <summary>
/// The versions under test, by family, for parameterised tests. <c>FACE_API_VERSIONS</c> (comma-separated)
/// restricts them; requests to a known version outside it are ignored by <see cref="TargetGuardHandler"/>.
/// </summary>
public static class TestVersions
{
    /// <summary>Every version the emulator serves, whatever the filter.</summary>
    public static readonly string[] Known = ["v1.1-preview.1", "v1.2-preview.1", "v1.2", "v1.3-preview.1"];

    /// <summary>The versions this run covers (all of <see cref="Known"/> unless <c>FACE_API_VERSIONS</c> says otherwise).</summary>
    public static readonly IReadOnlySet<string> Selected = Select(Environment.GetEnvironmentVariable("FACE_API_VERSIONS"));

    public static readonly string[] Classic = [.. new[] { "v1.1-preview.1", "v1.2-preview.1" }.Where(Selected.Contains)];

    public static readonly string[] Attempts = [.. new[] { "v1.2", "v1.3-preview.1" }.Where(Selected.Contains)];

    public static readonly string[] All = [.. Classic, .. Attempts];

    /// <summary>True when every known version is selected (no filter).</summary>
    public static bool IsUnfiltered => Selected.Count == Known.Length;

    /// <summary>Parses a <c>FACE_API_VERSIONS</c> value; unknown names fail fast.</summary>
    public static IReadOnlySet<string> Select(string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return Known.ToHashSet(StringComparer.Ordinal);
        }

        var names = filter.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = names.Where(n => !Known.Contains(n, StringComparer.Ordinal)).ToArray();
        return unknown.Length > 0
            ? throw new InvalidOperationException(
                $"FACE_API_VERSIONS names unknown version(s) {string.Join(", ", unknown)}; known: {string.Join(", ", Known)}.")
            : names.ToHashSet(StringComparer.Ordinal);
    }

    public static bool IsV13(string version) => version == "v1.3-preview.1";

    /// <summary>A valid create body for the version (v1.3 requires a user correlation id).</summary>
    public static Dictionary<string, object> CreateBody(string version, string device = "device-1")
    {
        var body = new Dictionary<string, object> { ["livenessOperationMode"] = "Passive", ["deviceCorrelationId"] = device };
        if (IsV13(version))
        {
            body["userCorrelationId"] = "user-1";
        }

        return body;
    }

    public static Dictionary<string, string> CreateFields(string version, string device = "device-1") =>
        CreateBody(version, device).ToDictionary(kv => kv.Key, kv => Convert.ToString(kv.Value, System.Globalization.CultureInfo.InvariantCulture)!);
}
