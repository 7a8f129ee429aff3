using System.Text.RegularExpressions;

namespace FaceEmulator.ContractTests.QaScenarios;

/// <summary>One line of a walkthrough's shell blocks, with its README line number for messages.</summary>
internal abstract record WalkthroughLine(int LineNumber, string Text);

/// <summary><c>NAME=value</c>.</summary>
internal sealed record Assignment(int LineNumber, string Text, string Name, string Value) : WalkthroughLine(LineNumber, Text);

/// <summary><c>NAME=$(jq -r .path FILE)</c>, possibly several separated by <c>; </c>.</summary>
internal sealed record Capture(int LineNumber, string Text, IReadOnlyList<(string Name, string Path, string File)> Values) : WalkthroughLine(LineNumber, Text);

/// <summary>A curl command and the <c># →</c> line under it (null only while the parser has not reached it).</summary>
internal sealed record Request(int LineNumber, string Text, Expectation? Expected) : WalkthroughLine(LineNumber, Text);

/// <summary>A <c>### </c> section of README's "QA scenarios": its title and the lines of its bash blocks.</summary>
internal sealed partial record Walkthrough(string Title, IReadOnlyList<WalkthroughLine> Lines)
{
    public const string SectionTitle = "## QA scenarios";

    /// <summary>The section's walkthroughs; lines before the first <c>###</c> (the shared variables) come first in each.</summary>
    public static IReadOnlyList<Walkthrough> ReadAll(string readme)
    {
        var lines = readme.ReplaceLineEndings("\n").Split('\n');
        var start = Array.IndexOf(lines, SectionTitle);
        if (start < 0)
        {
            throw new AssertionException($"README has no '{SectionTitle}' section.");
        }

        var shared = new List<WalkthroughLine>();
        var walkthroughs = new List<(string Title, List<WalkthroughLine> Lines)>();
        var inBlock = false;
        for (var i = start + 1; i < lines.Length && !lines[i].StartsWith("## ", StringComparison.Ordinal); i++)
        {
            var line = lines[i];
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                if (!inBlock && line != "```bash")
                {
                    throw new AssertionException($"README line {i + 1}: only ```bash blocks belong in the QA section.");
                }

                inBlock = !inBlock;
                continue;
            }

            if (!inBlock && line.StartsWith("### ", StringComparison.Ordinal))
            {
                walkthroughs.Add((line[4..].Trim(), [.. shared]));
            }
            else if (inBlock)
            {
                var target = walkthroughs.Count == 0 ? shared : walkthroughs[^1].Lines;
                ReadLine(lines, ref i, target);
            }
        }

        if (walkthroughs.SelectMany(w => w.Lines).OfType<Request>().FirstOrDefault(r => r.Expected is null) is { } missing)
        {
            throw new AssertionException($"README line {missing.LineNumber}: the curl command has no '# →' line under it.");
        }

        return [.. walkthroughs.Select(w => new Walkthrough(w.Title, w.Lines))];
    }

    private static void ReadLine(string[] lines, ref int i, List<WalkthroughLine> target)
    {
        var number = i + 1;
        var text = lines[i].Trim();
        while (text.EndsWith('\\') && i + 1 < lines.Length)
        {
            text = text[..^1] + " " + lines[++i].Trim();
        }

        if (text.Length == 0 || (text.StartsWith('#') && !text.StartsWith("# →", StringComparison.Ordinal)))
        {
            return;
        }

        if (text.StartsWith("# →", StringComparison.Ordinal))
        {
            var last = target.Count > 0 ? target[^1] : null;
            if (last is not Request { Expected: null } request)
            {
                throw new AssertionException($"README line {number}: a '# →' line must follow a curl command, once.");
            }

            target[^1] = request with { Expected = Expectation.Parse(text["# →".Length..], number) };
            return;
        }

        if (target.Count > 0 && target[^1] is Request { Expected: null } pending)
        {
            throw new AssertionException($"README line {pending.LineNumber}: the curl command has no '# →' line under it.");
        }

        var captures = text.Split("; ").Select(part => CaptureLine().Match(part)).ToList();
        if (captures.All(m => m.Success))
        {
            target.Add(new Capture(number, text, [.. captures.Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value))]));
        }
        else if (text.StartsWith("curl ", StringComparison.Ordinal))
        {
            target.Add(new Request(number, text, null));
        }
        else if (AssignmentLine().Match(text) is { Success: true } assignment)
        {
            target.Add(new Assignment(number, text, assignment.Groups[1].Value, assignment.Groups[2].Value));
        }
        else
        {
            throw new AssertionException($"README line {number} is not something the walkthrough runner understands: {text}");
        }
    }

    [GeneratedRegex(@"^([A-Za-z_][A-Za-z0-9_]*)=\$\(jq -r (\.[^ ]+) ([^ )]+)\)$")]
    private static partial Regex CaptureLine();

    [GeneratedRegex(@"^([A-Za-z_][A-Za-z0-9_]*)=(.+)$")]
    private static partial Regex AssignmentLine();
}
