using System.Text.Json;

namespace FaceEmulator.ContractTests.Resilience;

/// <summary>The matrix's checks: they report a problem as text instead of throwing, so a run lists its first 20.</summary>
public sealed partial class ResilienceTests
{
    private static string? RawProblem(RawResponse response, bool kestrelMayRefuse = true) =>
        response.Status is < 100 or > 499 ? $"status {response.Status}: {Shorten(response.Body)}"
        : response.Status >= 400 && !(kestrelMayRefuse && KestrelOwn.Contains(response.Status) && response.Body.Length == 0)
            ? Problem(response.Status, response.Body, response.Header("x-ms-error-code"))
            : null;

    /// <summary>Null when the answer is sane: below 500, and an error is in the envelope with its code header.</summary>
    private static string? Problem(int status, string body, string? codeHeader)
    {
        if (status >= 500)
        {
            return $"status {status}: {Shorten(body)}";
        }

        if (status < 400)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            var error = json.RootElement.GetProperty("error");
            var code = error.GetProperty("code").GetString();
            return !string.IsNullOrEmpty(code) && error.GetProperty("message").ValueKind == JsonValueKind.String && codeHeader == code
                ? null
                : $"status {status}: not the envelope, or x-ms-error-code '{codeHeader}' differs: {Shorten(body)}";
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return $"status {status}: not the envelope: {Shorten(body)}";
        }
    }
}
