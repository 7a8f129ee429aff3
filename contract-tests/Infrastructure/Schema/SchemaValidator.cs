using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FaceEmulator.ContractTests.Infrastructure.Schema;

/// <summary>One rule a JSON value broke: where (a JSON path such as <c>$.results.attempts[0].attemptId</c>) and which.</summary>
public sealed record SchemaViolation(string Path, string Rule)
{
    public override string ToString() => $"{Path}: {Rule}";
}

/// <summary>
/// Validates a JSON instance against a Swagger 2.0 schema object of an official document: <c>$ref</c>
/// (inside the document), <c>allOf</c>, <c>type</c>, <c>required</c>, <c>properties</c>,
/// <c>additionalProperties</c> (only where the document closes an object), <c>items</c>, <c>enum</c>,
/// <c>minimum</c>/<c>maximum</c> (and their exclusive forms), <c>minLength</c>/<c>maxLength</c>,
/// <c>pattern</c>, <c>minItems</c>/<c>maxItems</c> and the formats the documents use.
/// </summary>
/// <remarks>
/// The documents use only this subset of Swagger 2.0 (checked when they were added); a keyword outside
/// it is reported rather than silently passed, so a new document cannot make the checks vacuous.
/// </remarks>
public sealed partial class SchemaValidator(JsonElement document)
{
    private static readonly HashSet<string> s_annotations =
    [
        "description", "title", "default", "readOnly", "example", "x-ms-enum", "x-ms-identifiers", "x-ms-client-name",
        "x-ms-client-flatten", "x-ms-mutability", "x-ms-discriminator-value", "x-nullable", "discriminator", "externalDocs", "xml",
    ];

    private static readonly HashSet<string> s_keywords =
    [
        "$ref", "allOf", "type", "format", "required", "properties", "additionalProperties", "items", "enum",
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "pattern", "minItems", "maxItems",
    ];

    public IReadOnlyList<SchemaViolation> Validate(JsonElement instance, JsonElement schema)
    {
        var violations = new List<SchemaViolation>();
        Check(instance, schema, "$", violations);
        return violations;
    }

    /// <summary>Resolves a local reference such as <c>#/definitions/LivenessSession</c>.</summary>
    public JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Only local $refs are supported, not '{reference}'.");
        }

        var node = document;
        foreach (var part in reference[2..].Split('/'))
        {
            var name = Uri.UnescapeDataString(part).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(name, out node))
            {
                throw new InvalidOperationException($"Unresolvable $ref '{reference}'.");
            }
        }

        return node;
    }

    private void Check(JsonElement value, JsonElement schema, string path, List<SchemaViolation> violations)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(value, Resolve(reference.GetString()!), path, violations);
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            if (!s_keywords.Contains(keyword.Name) && !s_annotations.Contains(keyword.Name) && !keyword.Name.StartsWith("x-", StringComparison.Ordinal))
            {
                violations.Add(new(path, $"schema keyword '{keyword.Name}' is not supported by the validator"));
            }
        }

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var part in allOf.EnumerateArray())
            {
                Check(value, part, path, violations);
            }
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!(schema.TryGetProperty("x-nullable", out var nullable) && nullable.ValueKind == JsonValueKind.True))
            {
                violations.Add(new(path, $"null is not allowed (type {Text(schema, "type") ?? "any"})"));
            }

            return;
        }

        var type = Text(schema, "type") ?? (schema.TryGetProperty("properties", out _) ? "object" : null);
        if (type is not null && !HasType(value, type))
        {
            violations.Add(new(path, $"expected type {type}, got {Kind(value)}"));
            return;
        }

        CheckEnum(value, schema, path, violations);
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(value, schema, path, violations);
                break;
            case JsonValueKind.Array:
                CheckArray(value, schema, path, violations);
                break;
            case JsonValueKind.String:
                CheckString(value.GetString()!, schema, path, violations);
                break;
            case JsonValueKind.Number:
                CheckNumber(value, schema, path, violations);
                break;
            default:
                break;
        }
    }

    private void CheckObject(JsonElement value, JsonElement schema, string path, List<SchemaViolation> violations)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!value.TryGetProperty(name, out _))
                {
                    violations.Add(new(path, $"required property '{name}' is missing"));
                }
            }
        }

        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        schema.TryGetProperty("additionalProperties", out var additional);
        foreach (var property in value.EnumerateObject())
        {
            var at = $"{path}.{property.Name}";
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(property.Value, propertySchema, at, violations);
            }
            else if (additional.ValueKind == JsonValueKind.False)
            {
                violations.Add(new(at, "additional property not allowed (additionalProperties: false)"));
            }
            else if (additional.ValueKind == JsonValueKind.Object)
            {
                Check(property.Value, additional, at, violations);
            }
        }
    }

    private void CheckArray(JsonElement value, JsonElement schema, string path, List<SchemaViolation> violations)
    {
        var count = value.GetArrayLength();
        if (Number(schema, "minItems") is { } minItems && count < minItems)
        {
            violations.Add(new(path, $"has {count} items, fewer than minItems {minItems}"));
        }

        if (Number(schema, "maxItems") is { } maxItems && count > maxItems)
        {
            violations.Add(new(path, $"has {count} items, more than maxItems {maxItems}"));
        }

        if (schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(item, items, $"{path}[{index++}]", violations);
            }
        }
    }

    private static void CheckString(string value, JsonElement schema, string path, List<SchemaViolation> violations)
    {
        var length = new StringInfo(value).LengthInTextElements;
        if (Number(schema, "minLength") is { } minLength && length < minLength)
        {
            violations.Add(new(path, $"length {length} is less than minLength {minLength}"));
        }

        if (Number(schema, "maxLength") is { } maxLength && length > maxLength)
        {
            violations.Add(new(path, $"length {length} is more than maxLength {maxLength}"));
        }

        if (Text(schema, "pattern") is { } pattern && !Regex.IsMatch(value, pattern, RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            violations.Add(new(path, $"'{value}' does not match pattern {pattern}"));
        }

        if (Text(schema, "format") is { } format && !IsFormat(value, format))
        {
            violations.Add(new(path, $"'{value}' is not a valid {format}"));
        }
    }

    private static void CheckNumber(JsonElement value, JsonElement schema, string path, List<SchemaViolation> violations)
    {
        var number = value.GetDouble();
        var exclusiveMin = schema.TryGetProperty("exclusiveMinimum", out var xmin) && xmin.ValueKind == JsonValueKind.True;
        var exclusiveMax = schema.TryGetProperty("exclusiveMaximum", out var xmax) && xmax.ValueKind == JsonValueKind.True;
        if (Number(schema, "minimum") is { } minimum && (number < minimum || (exclusiveMin && number <= minimum)))
        {
            violations.Add(new(path, $"{value.GetRawText()} is below {(exclusiveMin ? "exclusive " : "")}minimum {minimum.ToString(CultureInfo.InvariantCulture)}"));
        }

        if (Number(schema, "maximum") is { } maximum && (number > maximum || (exclusiveMax && number >= maximum)))
        {
            violations.Add(new(path, $"{value.GetRawText()} is above {(exclusiveMax ? "exclusive " : "")}maximum {maximum.ToString(CultureInfo.InvariantCulture)}"));
        }

        var format = Text(schema, "format");
        if ((format == "int32" && !value.TryGetInt32(out _)) || (format == "int64" && !value.TryGetInt64(out _)))
        {
            violations.Add(new(path, $"{value.GetRawText()} is not a valid {format}"));
        }
    }

    private static void CheckEnum(JsonElement value, JsonElement schema, string path, List<SchemaViolation> violations)
    {
        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(e => JsonElement.DeepEquals(e, value)))
        {
            violations.Add(new(path, $"{value.GetRawText()} is not one of the enum values [{string.Join(", ", values.EnumerateArray().Select(e => e.GetRawText()))}]"));
        }
    }

    /// <summary>The formats the documents use; others (float, double, …) add nothing beyond the type.</summary>
    public static bool IsFormat(string value, string format) => format switch
    {
        "date-time" => DateTimePattern().IsMatch(value)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _),
        "date" => DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "uuid" => Guid.TryParseExact(value, "D", out _),
        "uri" => Uri.TryCreate(value, UriKind.Absolute, out _),
        "byte" => value.Length % 4 == 0 && Convert.TryFromBase64String(value, new byte[value.Length], out _),
        _ => true,
    };

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && decimal.Truncate(d) == d,
        "file" => false,
        _ => throw new InvalidOperationException($"Unknown schema type '{type}'."),
    };

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Number => value.TryGetDecimal(out var d) && decimal.Truncate(d) == d ? "integer" : "number",
        JsonValueKind.String => "string",
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        _ => "null",
    };

    private static string? Text(JsonElement schema, string name) =>
        schema.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? Number(JsonElement schema, string name) =>
        schema.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    // RFC 3339 date-time: full date, 'T', time with optional fraction, and a zone (Z or ±hh:mm).
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();
}
