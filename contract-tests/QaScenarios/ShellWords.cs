using System.Text;
using System.Text.RegularExpressions;

namespace FaceEmulator.ContractTests.QaScenarios;

/// <summary>
/// Splits one shell command line into words the way bash does for the small subset README's walkthroughs
/// use: single quotes (literal), double quotes and bare words (with <c>$NAME</c> expanded), backslash
/// escapes outside quotes. Anything else (pipes, globs, command substitution) is refused, so the README
/// cannot hold a command the runner would misread.
/// </summary>
internal static partial class ShellWords
{
    public static List<string> Split(string line, IReadOnlyDictionary<string, string> variables)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            switch (c)
            {
                case ' ' or '\t':
                    if (inWord)
                    {
                        words.Add(word.ToString());
                        word.Clear();
                        inWord = false;
                    }

                    continue;
                case '\'':
                    var close = line.IndexOf('\'', i + 1);
                    Refuse(close < 0, line, "unclosed single quote");
                    word.Append(line, i + 1, close - i - 1);
                    i = close;
                    break;
                case '"':
                    var end = line.IndexOf('"', i + 1);
                    Refuse(end < 0, line, "unclosed double quote");
                    word.Append(Expand(line[(i + 1)..end], variables, line));
                    i = end;
                    break;
                case '\\':
                    Refuse(i + 1 >= line.Length, line, "trailing backslash");
                    word.Append(line[++i]);
                    break;
                case '$':
                    var name = VariableName().Match(line, i + 1);
                    Refuse(!name.Success || name.Index != i + 1, line, "'$' must start a variable name");
                    word.Append(Lookup(name.Value, variables, line));
                    i += name.Length;
                    break;
                case '|' or ';' or '&' or '<' or '>' or '`' or '(' or ')' or '*' or '?':
                    throw new AssertionException($"README command uses '{c}', which the walkthrough runner does not support: {line}");
                default:
                    word.Append(c);
                    break;
            }

            inWord = true;
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static string Expand(string text, IReadOnlyDictionary<string, string> variables, string line)
    {
        Refuse(text.Contains('`', StringComparison.Ordinal) || text.Contains("$(", StringComparison.Ordinal), line, "command substitution in double quotes");
        return VariableReference().Replace(text, m => Lookup(m.Groups[1].Value, variables, line));
    }

    private static string Lookup(string name, IReadOnlyDictionary<string, string> variables, string line) =>
        variables.TryGetValue(name, out var value) ? value : throw new AssertionException($"README uses ${name} before setting it: {line}");

    private static void Refuse(bool condition, string line, string why)
    {
        if (condition)
        {
            throw new AssertionException($"README command not understood ({why}): {line}");
        }
    }

    [GeneratedRegex("[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex VariableName();

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex VariableReference();
}
