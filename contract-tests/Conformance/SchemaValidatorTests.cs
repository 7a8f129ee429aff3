using System.Text.Json;
using FaceEmulator.ContractTests.Infrastructure.Schema;

namespace FaceEmulator.ContractTests.Conformance;

/// <summary>Each rule of the instance validator, on a small Swagger 2.0 document.</summary>
public sealed class SchemaValidatorTests
{
    private const string Document = """
        {
          "definitions": {
            "Session": {
              "type": "object",
              "required": ["id", "status"],
              "properties": {
                "id": { "type": "string", "format": "uuid" },
                "status": { "$ref": "#/definitions/Status" },
                "created": { "type": "string", "format": "date-time" },
                "link": { "type": "string", "format": "uri" },
                "ttl": { "type": "integer", "format": "int32", "minimum": 60, "maximum": 86400 },
                "score": { "type": "number", "format": "float", "minimum": 0, "maximum": 1, "exclusiveMaximum": true },
                "name": { "type": "string", "minLength": 2, "maxLength": 4, "pattern": "^[a-z]+$" },
                "tags": { "type": "array", "minItems": 1, "maxItems": 2, "items": { "type": "string" } },
                "flag": { "type": "boolean" },
                "count": { "type": "integer", "format": "int32" },
                "closed": { "type": "object", "properties": { "a": { "type": "string" } }, "additionalProperties": false },
                "map": { "type": "object", "additionalProperties": { "type": "integer" } },
                "nullable": { "type": "string", "x-nullable": true }
              }
            },
            "Status": { "type": "string", "enum": ["NotStarted", "Running"] },
            "Both": { "allOf": [ { "$ref": "#/definitions/Status" }, { "type": "string", "maxLength": 7 } ] }
          }
        }
        """;

    private static readonly JsonElement s_document = JsonDocument.Parse(Document).RootElement;
    private static readonly SchemaValidator s_validator = new(s_document);

    [Test]
    public void ConformingInstance_HasNoViolations() =>
        Validate("Session", """
            {"id":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","status":"Running","created":"2024-01-01T00:00:00.123Z",
             "link":"https://example.test/x","ttl":600,"score":0.5,"name":"abc","tags":["a"],"flag":true,
             "closed":{"a":"x"},"map":{"k":1},"nullable":null,"extra":"open objects accept unknown members"}
            """).Should().BeEmpty();

    [TestCase("""{"status":"Running"}""", "$", "required property 'id' is missing")]
    [TestCase("""{"id":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","status":"Done"}""", "$.status", "\"Done\" is not one of the enum values")]
    [TestCase("""{"id":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","status":"running"}""", "$.status", "\"running\" is not one of the enum values")]
    [TestCase("""{"id":7,"status":"Running"}""", "$.id", "expected type string, got integer")]
    [TestCase("""{"id":"not-a-uuid","status":"Running"}""", "$.id", "'not-a-uuid' is not a valid uuid")]
    [TestCase("""{"id":null,"status":"Running"}""", "$.id", "null is not allowed")]
    public void Violation_NamesPathAndRule(string json, string path, string rule) =>
        Validate("Session", json).Should().ContainSingle().Which.Should().Match<SchemaViolation>(v => v.Path == path && v.Rule.StartsWith(rule));

    [TestCase("created", "\"2024-01-01\"", "is not a valid date-time")]
    [TestCase("created", "\"2024-01-01T00:00:00\"", "is not a valid date-time")]
    [TestCase("created", "\"01/01/2024 00:00:00\"", "is not a valid date-time")]
    [TestCase("link", "\"not a uri\"", "is not a valid uri")]
    [TestCase("ttl", "59", "59 is below minimum 60")]
    [TestCase("ttl", "86401", "86401 is above maximum 86400")]
    [TestCase("ttl", "600.5", "expected type integer, got number")]
    [TestCase("count", "3000000000", "3000000000 is not a valid int32")]
    [TestCase("score", "1", "1 is above exclusive maximum 1")]
    [TestCase("score", "-0.1", "-0.1 is below minimum 0")]
    [TestCase("score", "\"0.5\"", "expected type number, got string")]
    [TestCase("name", "\"a\"", "length 1 is less than minLength 2")]
    [TestCase("name", "\"abcde\"", "length 5 is more than maxLength 4")]
    [TestCase("name", "\"AB\"", "'AB' does not match pattern")]
    [TestCase("tags", "[]", "has 0 items, fewer than minItems 1")]
    [TestCase("tags", "[\"a\",\"b\",\"c\"]", "has 3 items, more than maxItems 2")]
    [TestCase("flag", "\"true\"", "expected type boolean, got string")]
    [TestCase("closed", "{\"b\":1}", "additional property not allowed")]
    [TestCase("map", "{\"k\":\"v\"}", "expected type integer, got string")]
    public void PropertyRule_IsEnforced(string property, string value, string rule)
    {
        var violations = Validate("Session", $$"""{"id":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","status":"Running","{{property}}":{{value}}}""");

        violations.Should().ContainSingle().Which.Rule.Should().Contain(rule);
        violations[0].Path.Should().StartWith($"$.{property}");
    }

    [Test]
    public void ArrayItems_AreValidatedWithTheirIndex()
    {
        var violations = Validate("Session", """{"id":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","status":"Running","tags":["a",2]}""");

        violations.Should().ContainSingle().Which.Path.Should().Be("$.tags[1]");
    }

    [Test]
    public void AllOf_AppliesEveryPart()
    {
        Validate("Both", "\"Running\"").Should().BeEmpty();
        Validate("Both", "\"NotStarted\"").Should().ContainSingle().Which.Rule.Should().Contain("maxLength 7");
    }

    [Test]
    public void UnsupportedKeyword_IsReportedNotIgnored()
    {
        var schema = JsonDocument.Parse("""{"type":"string","const":"x"}""").RootElement;

        s_validator.Validate(JsonDocument.Parse("\"x\"").RootElement, schema).Should().ContainSingle().Which.Rule.Should().Contain("'const'");
    }

    [Test]
    public void UnresolvableRef_Throws()
    {
        var schema = JsonDocument.Parse("""{"$ref":"#/definitions/Nope"}""").RootElement;

        FluentActions.Invoking(() => s_validator.Validate(JsonDocument.Parse("1").RootElement, schema))
            .Should().Throw<InvalidOperationException>().WithMessage("*#/definitions/Nope*");
    }

    private static IReadOnlyList<SchemaViolation> Validate(string definition, string json) =>
        s_validator.Validate(JsonDocument.Parse(json).RootElement, s_validator.Resolve($"#/definitions/{definition}"));
}
