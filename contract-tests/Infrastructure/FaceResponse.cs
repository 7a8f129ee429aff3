using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FaceEmulator.ContractTests.Infrastructure;

/// <summary>A response read whole: status, headers, raw body, and the body as JSON when it is JSON.</summary>
public sealed record FaceResponse(HttpStatusCode Status, HttpResponseMessage Message, string Body)
{
    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);

    /// <summary>The <c>error.code</c> of Azure's envelope, or null.</summary>
    public string? ErrorCode => Json?["error"]?["code"]?.GetValue<string>();

    /// <summary>The <c>error.message</c> of Azure's envelope, or null.</summary>
    public string? ErrorMessage => Json?["error"]?["message"]?.GetValue<string>();

    public string? Header(string name) =>
        Message.Headers.TryGetValues(name, out var values) || Message.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : null;

    public static async Task<FaceResponse> ReadAsync(HttpResponseMessage message) =>
        new(message.StatusCode, message, await message.Content.ReadAsStringAsync());

    /// <summary>Asserts an Azure error: status, code, envelope shape and the <c>x-ms-error-code</c> header.</summary>
    public void ShouldBeError(HttpStatusCode status, string code)
    {
        Status.Should().Be(status, Body);
        ErrorCode.Should().Be(code, Body);
        Header("x-ms-error-code").Should().Be(code);
        Json!["error"]!["message"]!.GetValueKind().Should().Be(JsonValueKind.String);
    }
}
