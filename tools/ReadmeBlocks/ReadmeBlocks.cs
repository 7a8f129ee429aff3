namespace FaceEmulator.ReadmeCheck;

/// <summary>
/// README code blocks that tests run as written: the block after <c>&lt;!-- example: NAME --&gt;</c> in README.md must be the
/// lines between <c>// README:NAME:begin</c> and <c>// README:NAME:end</c> in a test file, without their common indentation.
/// </summary>
internal static class ReadmeBlocks
{
    private static readonly string Root = FindRoot();

    public static string Block(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(Root, "README.md"));
        var marker = Array.IndexOf(lines, $"<!-- example: {name} -->");
        if (marker < 0 || marker + 1 >= lines.Length || !lines[marker + 1].StartsWith("```", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"README.md has no code block after '<!-- example: {name} -->'.");
        }

        var body = lines.Skip(marker + 2).TakeWhile(l => !l.StartsWith("```", StringComparison.Ordinal));
        return string.Join('\n', body);
    }

    public static string Region(string file, string name)
    {
        var lines = File.ReadAllLines(Path.Combine(Root, file));
        var begin = Array.FindIndex(lines, l => l.Trim() == $"// README:{name}:begin");
        var end = Array.FindIndex(lines, l => l.Trim() == $"// README:{name}:end");
        if (begin < 0 || end < begin)
        {
            throw new InvalidOperationException($"{file} has no README:{name} region.");
        }

        var region = lines[(begin + 1)..end];
        var indent = region.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', region.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FaceEmulator.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (FaceEmulator.sln) is not above " + AppContext.BaseDirectory);
    }
}
