using System.Globalization;
using FaceEmulator.Sessions;

namespace FaceEmulator.Images;

/// <summary>
/// Parses <c>faceemu: faces=1; face=10,20,150,180; quality=low</c>. Parts are separated by <c>;</c> or
/// white space, keys and quality are case-insensitive, and <c>face</c> is
/// <c>left,top,width,height</c> — the order of System.Drawing and CSS, not of Azure's JSON
/// (top, left, width, height), because people write rectangles that way.
/// </summary>
internal static class FaceInstructionParser
{
    public const string Prefix = "faceemu:";

    /// <summary>Azure's detect returns at most 100 faces; anything above is a typo.</summary>
    public const int MaxFaces = 100;

    private static readonly char[] s_separators = [';', ' ', '\t', '\r', '\n'];

    /// <returns>
    /// <see langword="false"/> when <paramref name="text"/> is not an instruction at all; otherwise
    /// <see langword="true"/>, with <paramref name="instruction"/> null when the instruction is malformed.
    /// </returns>
    public static bool TryParse(string? text, out FaceInstruction? instruction)
    {
        instruction = null;
        var trimmed = text?.Trim().TrimEnd('\0');
        if (trimmed is null || !trimmed.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var result = new FaceInstruction();
        foreach (var part in trimmed[Prefix.Length..].Split(s_separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var value = equals < 0 ? string.Empty : part[(equals + 1)..];
            result = (equals < 0 ? string.Empty : part[..equals].ToUpperInvariant()) switch
            {
                "FACES" when Int(value) is >= 0 and <= MaxFaces and var n => result with { Faces = n },
                "FACE" when Rectangle(value) is { } face => result with { Face = face },
                "QUALITY" when value.ToUpperInvariant() is "LOW" or "MEDIUM" or "HIGH" => result with { Quality = value.ToLowerInvariant() },
                _ => null,
            };
            if (result is null)
            {
                return true;
            }
        }

        instruction = result;
        return true;
    }

    private static int? Int(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static FaceRectangle? Rectangle(string text)
    {
        var numbers = text.Split(',').Select(Int).ToArray();
        return numbers is [{ } left, { } top, { } width, { } height] && width > 0 && height > 0
            ? new FaceRectangle(top, left, width, height)
            : null;
    }
}
