using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace FaceEmulator.ContractTests.Infrastructure;

/// <summary>Raw HTTP helpers for Face routes: tests speak only HTTP, as the app servers they stand for do.</summary>
public static class FaceHttp
{
    public static async Task<FaceResponse> SendFaceAsync(this HttpClient client, HttpMethod method, string path, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        return await FaceResponse.ReadAsync(await client.SendAsync(request));
    }

    public static Task<FaceResponse> GetFaceAsync(this HttpClient client, string path) =>
        client.SendFaceAsync(HttpMethod.Get, path);

    public static Task<FaceResponse> DeleteFaceAsync(this HttpClient client, string path) =>
        client.SendFaceAsync(HttpMethod.Delete, path);

    public static Task<FaceResponse> PostFaceJsonAsync(this HttpClient client, string path, object body) =>
        client.SendFaceAsync(HttpMethod.Post, path, JsonContent.Create(body));

    public static Task<FaceResponse> PostFaceRawJsonAsync(this HttpClient client, string path, string json) =>
        client.SendFaceAsync(HttpMethod.Post, path, new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>A multipart body with one text part per field and an image part, as the v1.2 clients send.</summary>
    public static MultipartFormDataContent Multipart(IReadOnlyDictionary<string, string> fields, byte[]? image, string imagePart = "verifyImage", string? fileName = "verifyImage.png")
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value, Encoding.UTF8, "text/plain"), name);
        }

        if (image is not null)
        {
            var part = new ByteArrayContent(image);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            if (fileName is null)
            {
                content.Add(part, imagePart);
            }
            else
            {
                content.Add(part, imagePart, fileName);
            }
        }

        return content;
    }
}
