using System.Text.Json;
using System.Text.Json.Nodes;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Fidelity;

/// <summary>Turns an example file's operation and parameters into the same call against the emulator.</summary>
internal sealed class ExampleReplay(HttpClient client, string version, JsonNode parameters)
{
    private bool IsClassic => TestVersions.Classic.Contains(version);

    private string Liveness => IsClassic ? $"/face/{version}/detectLiveness/singleModal/sessions" : $"/face/{version}/detectLiveness-sessions";

    private string WithVerify => IsClassic ? $"/face/{version}/detectLivenessWithVerify/singleModal/sessions" : $"/face/{version}/detectLivenessWithVerify-sessions";

    /// <returns>The response, or null when the operation is not emulated (yet).</returns>
    public async Task<FaceResponse?> RunAsync(string operation) => operation switch
    {
        "CreateLivenessSession" => await client.PostFaceJsonAsync(Liveness, Body()),
        "CreateLivenessWithVerifySession" when IsClassic => await client.PostFaceJsonAsync(WithVerify, Body()),
        "CreateLivenessWithVerifySession" or "CreateLivenessWithVerifySessionWithVerifyImage" => await CreateWithImageAsync(),
        "GetLivenessSessionResult" => await client.GetFaceAsync($"{Liveness}/{await CreateAsync(Liveness)}"),
        "GetLivenessWithVerifySessionResult" => await client.GetFaceAsync($"{WithVerify}/{await CreateWithImageIdAsync()}"),
        "GetLivenessSessions" => await ListAsync(Liveness),
        "GetLivenessWithVerifySessions" => await ListAsync(WithVerify),
        "GetLivenessSessionAuditEntries" => await client.GetFaceAsync($"{Liveness}/{await CreateAsync(Liveness)}/audit"),
        "GetLivenessWithVerifySessionAuditEntries" => await client.GetFaceAsync($"{WithVerify}/{await CreateAsync(WithVerify)}/audit"),
        "DeleteLivenessSession" => await client.DeleteFaceAsync($"{Liveness}/{await CreateAsync(Liveness)}"),
        "DeleteLivenessWithVerifySession" => await client.DeleteFaceAsync($"{WithVerify}/{await CreateWithImageIdAsync()}"),
        "GetSettings" => await client.GetFaceAsync($"/face/{version}/settings"),
        "PatchSettings" => await client.SendFaceAsync(HttpMethod.Patch, $"/face/{version}/settings", JsonContent(parameters["body"]!)),
        "GetClientAssetsAccessToken" => await client.GetFaceAsync($"/face/{version}/settings/getClientAssetsAccessToken"),
        "GetSessionImage" => await client.GetFaceAsync(IsClassic
            ? $"/face/{version}/session/sessionImages/{await SessionImageAsync()}"
            : $"/face/{version}/sessionImages/{await SessionImageAsync()}"),
        "DetectFromSessionImageId" => await client.PostFaceJsonAsync($"/face/{version}/detect?{DetectQuery()}", new { sessionImageId = await SessionImageAsync() }),
        _ => null,
    };

    /// <summary>The example's request body with what this version requires filled in (v1.3: userCorrelationId).</summary>
    private JsonObject Body()
    {
        var body = parameters["body"]?.DeepClone().AsObject() ?? [];
        if (parameters["Parameters"] is JsonValue text)
        {
            body = JsonNode.Parse(text.GetValue<string>())!.AsObject();
        }

        foreach (var (name, value) in TestVersions.CreateBody(version).Where(kv => !body.ContainsKey(kv.Key)))
        {
            body[name] = JsonValue.Create(value.ToString());
        }

        body.Remove("verifyImage");
        return body;
    }

    private async Task<FaceResponse> CreateWithImageAsync()
    {
        var body = Body();
        var content = IsClassic
            ? FaceHttp.Multipart(new Dictionary<string, string> { ["Parameters"] = body.ToJsonString() }, TestImages.Portrait, "VerifyImage", "VerifyImage")
            : FaceHttp.Multipart(body.ToDictionary(p => p.Key, p => p.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : p.Value!.ToJsonString()), TestImages.Portrait);
        return await client.SendFaceAsync(HttpMethod.Post, WithVerify, content);
    }

    private async Task<string> CreateWithImageIdAsync() => (await CreateWithImageAsync()).Json!["sessionId"]!.GetValue<string>();

    private async Task<string> CreateAsync(string collection) =>
        (await client.PostFaceJsonAsync(collection, TestVersions.CreateBody(version))).Json!["sessionId"]!.GetValue<string>();

    private async Task<FaceResponse> ListAsync(string collection)
    {
        await CreateAsync(collection);
        return await client.GetFaceAsync(collection);
    }

    /// <summary>A session image of a fresh session: one attempt made through the admin API.</summary>
    private async Task<string> SessionImageAsync()
    {
        var body = TestVersions.CreateBody(version);
        body["enableSessionImage"] = true;
        var id = (await client.PostFaceJsonAsync(Liveness, body)).Json!["sessionId"]!.GetValue<string>();
        var attempt = (await client.PostFaceJsonAsync($"/__admin/sessions/{id}/attempts", new { })).Json!;
        return (IsClassic ? attempt["sessionImageId"] : attempt["result"]!["sessionImageId"])!.GetValue<string>();
    }

    /// <summary>The example's query parameters: every parameter but the version and the session image id.</summary>
    private string DetectQuery() => string.Join('&', parameters.AsObject()
        .Where(p => p.Key is not ("apiVersion" or "body" or "sessionImageId"))
        .Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!.ToString())}"));

    private static StringContent JsonContent(JsonNode body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}
