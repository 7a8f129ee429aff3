using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;

namespace FaceEmulator.Errors;

/// <summary>Writes a <see cref="FaceError"/> the way Azure does: envelope body plus <c>x-ms-error-code</c>.</summary>
internal sealed class FaceErrorResult(FaceError error) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    public FaceError Error { get; } = error;

    public int? StatusCode => Error.Status;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return WriteAsync(httpContext.Response, Error);
    }

    public static async Task WriteAsync(HttpResponse response, FaceError error)
    {
        response.StatusCode = error.Status;
        response.Headers[FaceApi.ErrorCodeHeader] = error.Code;
        response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(response.Body, new ErrorEnvelope(new ErrorBody(error.Code, error.Message)), ErrorJsonContext.Default.ErrorEnvelope);
    }

    public static void PopulateMetadata(System.Reflection.MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(400, typeof(ErrorEnvelope), ["application/json"]));
    }
}

internal sealed record ErrorEnvelope(ErrorBody Error);

internal sealed record ErrorBody(string Code, string Message);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(ErrorEnvelope))]
internal sealed partial class ErrorJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
