using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FaceEmulator.ContractTests.Infrastructure.Schema;

/// <summary>One operation of an official document: its method, path template and declared responses.</summary>
public sealed record SchemaOperation(string Version, string Method, string Template, string OperationId, Regex Path, JsonElement Responses);

/// <summary>
/// The official liveness OpenAPI documents, one per version, found in <c>FACE_OPENAPI_DIR</c> or else in the
/// committed copy under <c>fixtures/azure-face/openapi</c>, and the count of responses
/// validated against each.
/// </summary>
public sealed class SchemaCatalog
{
    public const string DirectoryVariable = "FACE_OPENAPI_DIR";

    private readonly Dictionary<string, (SchemaValidator Validator, SchemaOperation[] Operations)> _versions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _validated = new(StringComparer.Ordinal);

    public SchemaCatalog(string directory, IEnumerable<string> versions)
    {
        Directory = directory;
        foreach (var version in versions)
        {
            var file = System.IO.Path.Combine(directory, $"{version}.liveness.json");
            if (File.Exists(file))
            {
                var root = JsonDocument.Parse(File.ReadAllBytes(file)).RootElement;
                _versions[version] = (new SchemaValidator(root), [.. Operations(version, root)]);
            }
        }
    }

    public static SchemaCatalog Instance { get; } = new(Locate(), TestVersions.Known);

    public string Directory { get; }

    /// <summary>Versions whose document was found.</summary>
    public IReadOnlyCollection<string> Versions => _versions.Keys;

    public bool IsComplete => TestVersions.Known.All(_versions.ContainsKey);

    /// <summary>What to do when documents are missing.</summary>
    public string MissingMessage =>
        $"Official OpenAPI documents missing in {Directory} (found: {(Versions.Count == 0 ? "none" : string.Join(", ", Versions))}): " +
        "schema conformance is not checked for the versions without one. They are the liveness subsets of Azure's Face.json " +
        "(azure-rest-api-specs, specification/ai/data-plane/Face), committed under fixtures/azure-face/openapi " +
        $"(see its README for the upstream commits); set {DirectoryVariable} to use another folder. CI requires them.";

    public IReadOnlyDictionary<string, int> Validated => _validated;

    public static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable(DirectoryVariable);
        return string.IsNullOrWhiteSpace(configured)
            ? System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot.Find(), "fixtures", "azure-face", "openapi"))
            : System.IO.Path.GetFullPath(configured);
    }

    /// <summary>The operation of <paramref name="version"/> that serves <paramref name="method"/> on <paramref name="path"/> (relative to <c>/face/{version}</c>).</summary>
    public SchemaOperation? Find(string version, string method, string path) =>
        _versions.TryGetValue(version, out var entry)
            ? entry.Operations.FirstOrDefault(o => o.Method.Equals(method, StringComparison.OrdinalIgnoreCase) && o.Path.IsMatch(path))
            : null;

    /// <summary>
    /// Checks a response: its status must be declared (or covered by <c>default</c>); a declared schema needs
    /// a JSON body that conforms; no schema means no body. Counts the response as validated.
    /// </summary>
    public IReadOnlyList<SchemaViolation> Check(SchemaOperation operation, int status, string body)
    {
        var validator = _versions[operation.Version].Validator;
        _validated.AddOrUpdate(operation.Version, 1, (_, n) => n + 1);
        var code = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!operation.Responses.TryGetProperty(code, out var response) && !operation.Responses.TryGetProperty("default", out response))
        {
            return [new("$", $"status {code} is not declared and there is no default response")];
        }

        if (response.TryGetProperty("$ref", out var reference))
        {
            response = validator.Resolve(reference.GetString()!);
        }

        if (!response.TryGetProperty("schema", out var schema))
        {
            return body.Length == 0 ? [] : [new("$", $"status {code} declares no body, but one was sent")];
        }

        if (schema.TryGetProperty("type", out var type) && type.GetString() == "file")
        {
            return [];
        }

        if (body.Length == 0)
        {
            return [new("$", $"status {code} declares a JSON body, but none was sent")];
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            return validator.Validate(json.RootElement, schema);
        }
        catch (JsonException e)
        {
            return [new("$", $"body is not JSON: {e.Message}")];
        }
    }

    private static IEnumerable<SchemaOperation> Operations(string version, JsonElement root)
    {
        // Azure's x-ms-paths hold overloads of the same path ("…/sessions?_overload=…"): plain paths win.
        foreach (var section in new[] { "paths", "x-ms-paths" })
        {
            if (!root.TryGetProperty(section, out var paths))
            {
                continue;
            }

            foreach (var path in paths.EnumerateObject())
            {
                var template = path.Name.Split('?')[0];
                var pattern = new Regex(
                    "^" + Regex.Replace(Regex.Escape(template), @"\\\{[^/]+?}", "[^/]+") + "/?$",
                    RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
                    TimeSpan.FromSeconds(1));
                foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name != "parameters"))
                {
                    var id = operation.Value.TryGetProperty("operationId", out var opId) ? opId.GetString()! : $"{operation.Name} {template}";
                    yield return new SchemaOperation(version, operation.Name.ToUpperInvariant(), template, id, pattern, operation.Value.GetProperty("responses"));
                }
            }
        }
    }
}
