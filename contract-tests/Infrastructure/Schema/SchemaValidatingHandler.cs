namespace FaceEmulator.ContractTests.Infrastructure.Schema;

/// <summary>
/// Validates every response to a documented Face operation against the official OpenAPI document of its
/// version, success or error, and fails the calling test with the JSON path and rule of each violation
/// that <see cref="SchemaAllowList"/> does not explain. Installed by <see cref="Emulator.Client"/>.
/// </summary>
public sealed class SchemaValidatingHandler(SchemaCatalog catalog) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (await CheckAsync(catalog, request, response, cancellationToken) is { } failure)
        {
            Assert.Fail(failure);
        }

        return response;
    }

    /// <summary>The failure message for a non-conforming response, or null (conforming, allowed, or undocumented route).</summary>
    public static async Task<string?> CheckAsync(SchemaCatalog catalog, HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        var path = request.RequestUri is { IsAbsoluteUri: true } uri ? uri.AbsolutePath : request.RequestUri?.OriginalString.Split('?')[0] ?? "";
        if (TargetGuardHandler.FaceVersionOf(path) is not { } version)
        {
            return null;
        }

        var relative = "/" + string.Join('/', path.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(2));
        if (catalog.Find(version, request.Method.Method, relative) is not { } operation)
        {
            return null;
        }

        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var violations = catalog.Check(operation, (int)response.StatusCode, body)
            .Where(v => SchemaAllowList.Explain(operation, v, body) is null)
            .ToArray();
        return violations.Length == 0
            ? null
            : $"{request.Method} {path} answered {(int)response.StatusCode}, which does not conform to the official " +
              $"{version} OpenAPI document ({operation.OperationId}):{Environment.NewLine}  " +
              string.Join(Environment.NewLine + "  ", violations.Select(v => v.ToString())) +
              $"{Environment.NewLine}Body: {body}";
    }
}
