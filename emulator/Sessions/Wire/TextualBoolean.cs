using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaceEmulator.Sessions.Wire;

/// <summary>
/// A create body's boolean, as JSON <c>true</c>/<c>false</c> or as the string <c>"true"</c>/<c>"false"</c>
/// (any case). Microsoft's liveness tutorial sends <c>"sendResultsToClient": "false"</c> to v1.1-preview.1;
/// <see cref="IsText"/> remembers the string form so that only the classic versions accept it (README,
/// "Differences from Azure").
/// </summary>
[JsonConverter(typeof(TextualBooleanConverter))]
internal readonly record struct TextualBoolean(bool Value, bool IsText);

internal sealed class TextualBooleanConverter : JsonConverter<TextualBoolean>
{
    public override TextualBoolean Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => new(true, false),
        JsonTokenType.False => new(false, false),
        // bool.TryParse is what .NET form binding uses: "true"/"false" in any case, surrounding white space allowed.
        JsonTokenType.String when bool.TryParse(reader.GetString(), out var parsed) => new(parsed, true),
        _ => throw new JsonException("Expected a boolean."),
    };

    public override void Write(Utf8JsonWriter writer, TextualBoolean value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteBooleanValue(value.Value);
    }
}
