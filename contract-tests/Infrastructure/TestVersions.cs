namespace FaceEmulator.ContractTests.Infrastructure;

/// <summary>The versions under test, by family, for parameterised tests.</summary>
public static class TestVersions
{
    public static readonly string[] Classic = ["v1.1-preview.1", "v1.2-preview.1"];

    public static readonly string[] Attempts = ["v1.2", "v1.3-preview.1"];

    public static readonly string[] All = [.. Classic, .. Attempts];

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
