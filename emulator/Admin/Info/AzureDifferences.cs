using System.Text;

namespace FaceEmulator.Admin.Info;

/// <summary>
/// The "Differences from Azure" bullets of README.md and docs/*.md, read from copies of those files embedded at
/// build time (FaceEmulator.csproj): the documents stay the only source, so the list served cannot drift from them.
/// </summary>
internal static class AzureDifferences
{
    /// <summary>Embedded resource names start with this, followed by the path relative to the repository root.</summary>
    public const string ResourcePrefix = "FaceEmulator.Documents/";

    private const string Heading = "## Differences from Azure";

    public static IReadOnlyList<AzureDifference> All { get; } = Load();

    /// <summary>The bullets of the section headed <see cref="Heading"/> in one Markdown document.</summary>
    public static IReadOnlyList<AzureDifference> Parse(string source, string markdown)
    {
        var items = new List<AzureDifference>();
        StringBuilder? bullet = null;
        var inSection = false;
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal) || line.StartsWith("# ", StringComparison.Ordinal))
            {
                Flush();
                inSection = line.TrimEnd() == Heading;
                continue;
            }

            if (!inSection)
            {
                continue;
            }

            if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal))
            {
                Flush();
                bullet = new StringBuilder(line[2..].Trim());
            }
            else if (bullet is not null && line.StartsWith("  ", StringComparison.Ordinal) && line.Trim().Length > 0)
            {
                bullet.Append(' ').Append(line.Trim());
            }
            else
            {
                // A blank line or a paragraph ends the bullet (the section's introduction is not a difference).
                Flush();
            }
        }

        Flush();
        return items;

        void Flush()
        {
            if (bullet is not null)
            {
                var text = bullet.ToString();
                items.Add(new AzureDifference(source, TitleOf(text), text));
                bullet = null;
            }
        }
    }

    /// <summary>The bold lead (<c>**Errors.**</c> → <c>Errors</c>), if the bullet starts with one.</summary>
    internal static string? TitleOf(string text)
    {
        var end = text.StartsWith("**", StringComparison.Ordinal) ? text.IndexOf("**", 2, StringComparison.Ordinal) : -1;
        return end < 0 ? null : text[2..end].TrimEnd().TrimEnd('.', ':');
    }

    private static List<AzureDifference> Load()
    {
        var assembly = typeof(AzureDifferences).Assembly;
        var items = new List<AzureDifference>();

        // README first: the docs' lists extend it.
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .OrderBy(n => n == ResourcePrefix + "README.md" ? 0 : 1).ThenBy(n => n, StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            items.AddRange(Parse(name[ResourcePrefix.Length..], reader.ReadToEnd()));
        }

        return items;
    }
}
