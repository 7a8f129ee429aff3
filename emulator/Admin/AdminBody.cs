using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FaceEmulator.Errors;
using FaceEmulator.Http;
using Microsoft.OpenApi;

namespace FaceEmulator.Admin;

/// <summary>
/// Reads an admin request body by hand rather than by parameter binding, so malformed JSON and unknown
/// members get a 400 in Azure's envelope that says what was wrong, never ASP.NET's ProblemDetails.
/// </summary>
internal static class AdminBody
{
    public const int MaxBytes = 64 * 1024;

    /// <summary>
    /// Describes the JSON body in the OpenAPI document only. <c>Accepts&lt;T&gt;()</c> would also make routing
    /// demand <c>Content-Type: application/json</c>, and <c>curl -d</c> sends a form type by default.
    /// </summary>
    public static RouteHandlerBuilder WithJsonBody<T>(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(T), null, cancellationToken);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
            };
        });

    public static async Task<(T? Value, FaceError? Error)> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> type)
        where T : class
    {
        var (body, error) = await RequestBody.ReadAsync(request, MaxBytes);
        if (body is null)
        {
            return (null, error);
        }

        if (body.Length == 0)
        {
            return (null, FaceErrors.AdminBadArgument("A JSON body is required."));
        }

        try
        {
            return JsonSerializer.Deserialize(body, type) is { } value
                ? (value, null)
                : (null, FaceErrors.AdminBadArgument("The JSON body must be an object."));
        }
        catch (JsonException ex)
        {
            return (null, FaceErrors.AdminBadArgument($"The JSON body is invalid: {ex.Message}"));
        }
    }
}
