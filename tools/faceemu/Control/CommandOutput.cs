using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaceEmulator.Tool.Control;

/// <summary>Writes a result as pretty JSON, or as a short table when <c>--output table</c>.</summary>
internal sealed class CommandOutput(TextWriter writer, bool table)
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public bool IsTable => table;

    /// <summary>Writes <paramref name="value"/> as JSON, or <paramref name="rows"/> under <paramref name="header"/> as a table.</summary>
    public void Write<T>(T value, string[] header, IEnumerable<string?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        if (!table)
        {
            writer.WriteLine(value is JsonElement element ? JsonSerializer.Serialize(element, Json) : JsonSerializer.Serialize(value, Json));
            return;
        }

        var all = rows.Select(r => r.Select(c => c ?? "-").ToArray()).Prepend(header).ToList();
        var widths = header.Select((_, i) => all.Max(r => i < r.Length ? r[i].Length : 0)).ToArray();
        foreach (var row in all)
        {
            var line = new StringBuilder();
            for (var i = 0; i < row.Length; i++)
            {
                line.Append(i == row.Length - 1 ? row[i] : row[i].PadRight(widths[i] + 2));
            }

            writer.WriteLine(line.ToString());
        }
    }

    /// <summary>A one-line confirmation for calls that answer no body.</summary>
    public void Done(string message) => writer.WriteLine(message);

    public static string? Number(double? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Number(long? value) => value?.ToString(CultureInfo.InvariantCulture);
}
