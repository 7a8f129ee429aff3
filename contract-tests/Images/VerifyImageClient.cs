using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Images;

/// <summary>
/// Creates with-verify sessions the way each version family's clients do: classic versions send a
/// <c>Parameters</c> JSON part and a <c>VerifyImage</c> file part; v1.2+ send flattened fields and
/// <c>verifyImage</c>. Also reads the reported face from either response shape.
/// </summary>
public static class VerifyImageClient
{
    public static Task<FaceResponse> CreateWithVerifyAsync(this HttpClient client, string version, byte[] image, string? fileName = "reference.img")
    {
        ArgumentNullException.ThrowIfNull(client);
        return TestVersions.Classic.Contains(version)
            ? client.SendFaceAsync(HttpMethod.Post, $"/face/{version}/detectLivenessWithVerify/singleModal/sessions", ClassicBody(version, image, fileName))
            : client.SendFaceAsync(HttpMethod.Post, $"/face/{version}/detectLivenessWithVerify-sessions", FaceHttp.Multipart(TestVersions.CreateFields(version), image, "verifyImage", fileName));
    }

    /// <summary>The face in the create response: <c>verifyImage</c> (classic) or <c>results.verifyReferences[0]</c>.</summary>
    public static JsonNode ReportedFace(this FaceResponse response, string version)
    {
        ArgumentNullException.ThrowIfNull(response);
        var json = response.Json!;
        return TestVersions.Classic.Contains(version) ? json["verifyImage"]! : json["results"]!["verifyReferences"]![0]!;
    }

    /// <summary>The rectangle as left, top, width, height (the instruction's order).</summary>
    public static (int Left, int Top, int Width, int Height) Rectangle(this JsonNode face)
    {
        ArgumentNullException.ThrowIfNull(face);
        var r = face["faceRectangle"]!;
        return (r["left"]!.GetValue<int>(), r["top"]!.GetValue<int>(), r["width"]!.GetValue<int>(), r["height"]!.GetValue<int>());
    }

    public static string Quality(this JsonNode face) => face!["qualityForRecognition"]!.GetValue<string>();

    private static MultipartFormDataContent ClassicBody(string version, byte[] image, string? fileName)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(JsonSerializer.Serialize(TestVersions.CreateBody(version)), Encoding.UTF8, new MediaTypeHeaderValue("application/json")), "Parameters" },
        };
        var part = new ByteArrayContent(image);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        if (fileName is null)
        {
            content.Add(part, "VerifyImage");
        }
        else
        {
            content.Add(part, "VerifyImage", fileName);
        }

        return content;
    }
}
