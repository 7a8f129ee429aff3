using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace FaceEmulator.Testing;

/// <summary>Sends admin calls and turns the emulator's error envelope into a <see cref="FaceEmulatorException"/>.</summary>
internal sealed class AdminTransport(HttpClient http)
{
    /// <summary>The admin API's JSON: camelCase, nulls left out (the emulator rejects unknown members, not absent ones).</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public HttpClient Http => http;

    public async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var response = await SendCoreAsync(method, path, body, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken).ConfigureAwait(false)
            ?? throw new FaceEmulatorException(response.StatusCode, null, $"{method} {path} answered an empty body.");
    }

    /// <param name="headers">Sent with this request only, e.g. the admin key.</param>
    public async Task SendAsync(
        HttpMethod method, string path, object? body, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var response = await SendCoreAsync(method, path, body, cancellationToken, headers).ConfigureAwait(false);
    }

    public static string Escape(string segment)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(segment);
        return Uri.EscapeDataString(segment);
    }

    private async Task<HttpResponseMessage> SendCoreAsync(
        HttpMethod method, string path, object? body, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        }

        var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await ErrorFromAsync(method, path, response, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<FaceEmulatorException> ErrorFromAsync(HttpMethod method, string path, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        string? code = null;
        string? message = null;
        try
        {
            if (JsonNode.Parse(text) is JsonObject { } root && root["error"] is JsonObject error)
            {
                code = error["code"]?.ToString() ?? error["statusCode"]?.ToString();
                message = error["message"]?.ToString();
            }
        }
        catch (JsonException)
        {
            // Not the envelope: the raw text is the message.
        }

        message ??= string.IsNullOrWhiteSpace(text) ? response.ReasonPhrase ?? "no body" : text;
        var status = (int)response.StatusCode;
        return new FaceEmulatorException(response.StatusCode, code,
            $"{method} {path} answered {status}{(code is null ? string.Empty : " " + code)}: {message}");
    }
}
