using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Fidelity;

/// <summary>
/// For each official example file, make the same call against the emulator and check that the response
/// has the example's property names and JSON types: nothing invented, nothing mistyped, nothing missing
/// except members whose presence depends on the session's state.
/// </summary>
public sealed class ExampleFidelityTests
{
    // Present in examples of sessions that have progressed (or, for create, absent in the recordings).
    private static readonly HashSet<string> StateDependent =
        ["result", "sessionStartDateTime", "modelVersion", "isAbuseMonitoringEnabled", "verifyImage"];

    // Emitted although the example lacks it, because a recording shows it: the .NET with-image create
    // returned verifyImage first (recordings README, fact 8).
    private static readonly HashSet<string> RecordedBeyondExample = ["verifyImage"];

    private static readonly string ExamplesRoot = Path.Combine(AppContext.BaseDirectory, "fixtures", "azure-face");

    public static IEnumerable<TestCaseData> Examples() =>
        Directory.EnumerateFiles(ExamplesRoot, "*.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(Path.GetFileName(Path.GetDirectoryName(path)!), Path.GetFileNameWithoutExtension(path))
                .SetName($"{{m}}({Path.GetFileName(Path.GetDirectoryName(path))}/{Path.GetFileNameWithoutExtension(path)})"));

    [TestCaseSource(nameof(Examples))]
    public async Task ResponseMatchesExampleShape(string version, string example)
    {
        var file = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(ExamplesRoot, version, example + ".json")))!;
        // "LivenessSessionOperations_GetSessionImage" → "GetSessionImage"; likewise "FaceDetectionOperations_…".
        var operationId = file["operationId"]!.GetValue<string>();
        var operation = operationId[(operationId.IndexOf('_', StringComparison.Ordinal) + 1)..];
        var expected = file["responses"]!["200"]?["body"];
        using var client = Emulator.Client($"fidelity-{version}-{operation}");
        var replay = new ExampleReplay(client, version, file["parameters"]!);

        var actual = await replay.RunAsync(operation);

        if (actual is null)
        {
            Assert.Ignore($"{operation} is not emulated yet or is a superseded draft; see README.");
        }

        actual.Status.Should().BeOneOf([HttpStatusCode.OK, HttpStatusCode.NoContent], actual.Body);
        if (operation == "GetSessionImage")
        {
            // The examples show the bytes as a placeholder string ("<session-image-bytes>"); the wire has the file.
            actual.Header("Content-Type").Should().Be("application/octet-stream");
            actual.Body.Should().NotBeEmpty();
            return;
        }

        if (expected is not null && actual.Status == HttpStatusCode.OK)
        {
            CompareShape(expected, actual.Json!, "$");
        }
    }

    private static void CompareShape(JsonNode expected, JsonNode actual, string path)
    {
        Kind(actual).Should().Be(Kind(expected), $"{path} has the example's JSON type");
        switch (expected)
        {
            case JsonObject expectedObject:
                var actualObject = actual.AsObject();
                foreach (var (name, value) in actualObject)
                {
                    if (!expectedObject.ContainsKey(name))
                    {
                        RecordedBeyondExample.Should().Contain(name, $"{path}.{name} is not in the example (no invented members)");
                        continue;
                    }

                    CompareShape(expectedObject[name]!, value!, $"{path}.{name}");
                }

                foreach (var name in expectedObject.Select(p => p.Key).Where(n => !actualObject.ContainsKey(n)))
                {
                    StateDependent.Should().Contain(name, $"{path}.{name} is in the example but missing from the emulator's response");
                }

                break;
            case JsonArray expectedArray when expectedArray.Count > 0:
                foreach (var (item, index) in actual.AsArray().Select((item, index) => (item, index)))
                {
                    CompareShape(expectedArray[0]!, item!, $"{path}[{index}]");
                }

                break;
        }
    }

    // Integers and floats are both JSON numbers; booleans are one kind.
    private static JsonValueKind Kind(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.True or JsonValueKind.False => JsonValueKind.True,
        var kind => kind,
    };
}
