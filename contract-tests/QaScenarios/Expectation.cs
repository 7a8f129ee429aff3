using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.QaScenarios;

/// <summary>
/// A README <c># → 200  .status=Running  Retry-After=1</c> line: the status, then body fields (<c>.path</c>
/// as jq writes it; <c>*</c> means any non-empty value) and response headers.
/// </summary>
internal sealed partial record Expectation(int Status, IReadOnlyList<(string Name, string Value)> Fields, IReadOnlyList<(string Name, string Value)> Headers)
{
    public static Expectation Parse(string text, int lineNumber)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var status) || status is < 100 or > 599)
        {
            throw new AssertionException($"README line {lineNumber}: '# →' must be followed by a status code.");
        }

        var checks = words.Skip(1).Select(word =>
        {
            var equals = word.IndexOf('=', StringComparison.Ordinal);
            return equals > 0 ? (Name: word[..equals], Value: word[(equals + 1)..]) : throw new AssertionException($"README line {lineNumber}: '{word}' is not name=value.");
        }).ToList();
        return new(status, [.. checks.Where(c => c.Name.StartsWith('.'))], [.. checks.Where(c => !c.Name.StartsWith('.'))]);
    }

    public void Verify(FaceResponse response, string where)
    {
        ((int)response.Status).Should().Be(Status, $"{where} (body: {response.Body})");
        foreach (var (name, value) in Headers)
        {
            response.Header(name).Should().Be(value, $"{where}: header {name}");
        }

        // An Azure error names its code twice, in the body and in x-ms-error-code (Face.json).
        if (Status >= 400 && response.ErrorCode is { } code)
        {
            response.Header("x-ms-error-code").Should().Be(code, where);
        }

        foreach (var (path, value) in Fields)
        {
            var node = Select(response.Json, path, where);
            if (value == "*")
            {
                Text(node).Should().NotBeNullOrEmpty($"{where}: {path} (body: {response.Body})");
            }
            else
            {
                Text(node).Should().Be(value, $"{where}: {path} (body: {response.Body})");
            }
        }
    }

    /// <summary>jq's <c>.a.b[0].c</c> and <c>.[1].d</c>.</summary>
    public static JsonNode? Select(JsonNode? root, string path, string where)
    {
        var node = root;
        var segments = PathSegment().Matches(path);
        string.Concat(segments.Select(m => m.Value)).Should().Be(path, $"{where}: '{path}' is a path such as .a.b[0].c");
        foreach (Match segment in segments)
        {
            node = segment.Groups["name"].Success ? (node as JsonObject)?[segment.Groups["name"].Value]
                : segment.Groups["index"].Success ? ElementAt(node as JsonArray, int.Parse(segment.Groups["index"].Value, CultureInfo.InvariantCulture))
                : node;
        }

        return node;
    }

    public static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(),
    };

    private static JsonNode? ElementAt(JsonArray? array, int index) => array is not null && index < array.Count ? array[index] : null;

    [GeneratedRegex(@"\.(?<name>[A-Za-z_][A-Za-z0-9_]*)|\[(?<index>\d+)\]|\.(?=\[)")]
    private static partial Regex PathSegment();
}
