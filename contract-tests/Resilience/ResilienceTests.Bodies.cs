using System.Net;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Resilience;

/// <summary>Malformed JSON, wrong types and very long strings, on every create and the JSON admin routes.</summary>
public sealed partial class ResilienceTests
{
    private static readonly string[] CreatePaths =
    [
        "/face/v1.1-preview.1/detectLiveness/singleModal/sessions",
        "/face/v1.2-preview.1/detectLivenessWithVerify/singleModal/sessions",
        "/face/v1.2/detectLiveness-sessions",
        "/face/v1.3-preview.1/detectLiveness-sessions",
    ];

    /// <summary>Never a valid create body: each must be a 400 (or 413 when too large) in the envelope.</summary>
    private static readonly string[] MalformedJson =
    [
        "", " ", "{", "}", "[]", "null", "0", "\"Passive\"", "true",
        """{"livenessOperationMode":}""",
        """{"livenessOperationMode":"Passive",}""",
        """{'livenessOperationMode':'Passive'}""",
        """{livenessOperationMode:"Passive"}""",
        """{"livenessOperationMode":"Passive","deviceCorrelationId":"d"} trailing""",
        """{"livenessOperationMode":"Passive","deviceCorrelationId":"d"}{}""",
        """{"livenessOperationMode":"Passive" /* comment */,"deviceCorrelationId":"d"}""",
        """{"livenessOperationMode":"Passive","deviceCorrelationId":"d","authTokenTimeToLiveInSeconds":NaN}""",
        """{"livenessOperationMode":"Passive","deviceCorrelationId":"d","authTokenTimeToLiveInSeconds":0x10}""",
        """{"livenessOperationMode":"Pass""",
        """{"livenessOperationMode":"\uZZZZ"}""",
        new string('[', 10_000),
        string.Concat(Enumerable.Repeat("""{"a":""", 5_000)),
        "\u0000\u0001\u0002",
    ];

    /// <summary>Wrong JSON types for typed fields: always 400.</summary>
    private static readonly string[] WrongTypes =
    [
        """{"livenessOperationMode":1,"deviceCorrelationId":"d"}""",
        """{"livenessOperationMode":true,"deviceCorrelationId":"d"}""",
        """{"livenessOperationMode":["Passive"],"deviceCorrelationId":"d"}""",
        """{"livenessOperationMode":{"mode":"Passive"},"deviceCorrelationId":"d"}""",
        """{"livenessOperationMode":"Passive","deviceCorrelationId":5}""",
        """{"livenessOperationMode":"Passive","deviceCorrelationId":["d"]}""",
        """{"livenessOperationMode":"Passive","deviceCorrelationId":{}}""",
        """{"livenessOperationMode":"Passive","deviceCorrelationId":"d","authTokenTimeToLiveInSeconds":"600"}""",
        """{"livenessOperationMode":"Passive","deviceCorrelationId":"d","authTokenTimeToLiveInSeconds":600.5}""",
        """{"livenessOperationMode":"Passive","deviceCorrelationId":"d","authTokenTimeToLiveInSeconds":1e400}""",
        """{"livenessOperationMode":"Passive","deviceCorrelationId":"d","authTokenTimeToLiveInSeconds":99999999999999999999}""",
        """{"livenessOperationMode":"Passive","deviceCorrelationId":"d","authTokenTimeToLiveInSeconds":-1}""",
        """{"livenessOperationMode":"Passive","deviceCorrelationId":"d","authTokenTimeToLiveInSeconds":true}""",
        """{"livenessOperationMode":"Passive","deviceCorrelationId":"d","enableSessionImage":"on"}""",
        """{"livenessOperationMode":"Passive","deviceCorrelationId":"d","deviceCorrelationIdSetInClient":1}""",
        """{"livenessOperationMode":"Passive","deviceCorrelationId":"d","sendResultsToClient":"yes"}""",
    ];

    [Test]
    [Order(1)]
    public async Task MalformedJson_IsA400InTheEnvelope_OnEveryCreate()
    {
        foreach (var path in CreatePaths)
        {
            foreach (var json in MalformedJson)
            {
                var response = await PostJsonAsync(path, json);
                ((int)response.Status).Should().BeOneOf([400, 413], $"{path} {Shorten(json)}");
            }
        }

        // Bytes that are not UTF-8 at all.
        foreach (var path in CreatePaths)
        {
            using var content = new ByteArrayContent([0xFF, 0xFE, 0x7B, 0x22, 0xC3, 0x28, 0x22, 0x7D]);
            content.Headers.ContentType = new("application/json");
            (await SendAsync(HttpMethod.Post, path, content)).Status.Should().Be(HttpStatusCode.BadRequest);
        }
    }

    [Test]
    [Order(2)]
    public async Task WrongTypes_AreA400InTheEnvelope_OnEveryCreate()
    {
        foreach (var path in CreatePaths)
        {
            foreach (var json in WrongTypes)
            {
                var response = await PostJsonAsync(path, json.Replace("\"d\"}", "\"d\",\"userCorrelationId\":\"u\"}", StringComparison.Ordinal));
                response.Status.Should().Be(HttpStatusCode.BadRequest, $"{path} {json}");
            }
        }
    }

    [Test]
    [Order(3)]
    public async Task MalformedJson_OnAdminRoutes_IsA400InTheEnvelope()
    {
        string[] adminPaths = ["/__admin/clock", "/__admin/faults", "/__admin/rules"];
        foreach (var path in adminPaths)
        {
            foreach (var json in MalformedJson.Concat(WrongTypes))
            {
                var response = await PostJsonAsync(path, json);
                ((int)response.Status).Should().BeInRange(400, 499, $"{path} {Shorten(json)}");
            }
        }
    }

    [Test]
    [Order(4)]
    public async Task VeryLongStrings_AreRefusedInTheEnvelope()
    {
        var long60K = new string('x', 60 * 1024);
        var long100K = new string('x', 100 * 1024);

        (await PostJsonAsync(AdminHttp.CreatePath, $$"""{"livenessOperationMode":"Passive","deviceCorrelationId":"{{long60K}}"}"""))
            .ShouldBeError(HttpStatusCode.BadRequest, "InvalidDeviceCorrelationId");
        (await PostJsonAsync(AdminHttp.CreatePath, $$"""{"livenessOperationMode":"{{long60K}}","deviceCorrelationId":"d"}"""))
            .ShouldBeError(HttpStatusCode.BadRequest, "InvalidLivenessOperationMode");
        (await PostJsonAsync(AdminHttp.CreatePath, $$"""{"livenessOperationMode":"Passive","deviceCorrelationId":"{{long100K}}"}"""))
            .ShouldBeError(HttpStatusCode.RequestEntityTooLarge, "BadArgument");
        (await PostJsonAsync("/face/v1.3-preview.1/detectLiveness-sessions", $$"""{"livenessOperationMode":"Passive","deviceCorrelationId":"d","userCorrelationId":"{{long60K}}"}"""))
            .Status.Should().Be(HttpStatusCode.BadRequest);
        // Model versions are the documented enum's (README): a long one is refused, not stored.
        (await PostJsonAsync("/face/v1.2-preview.1/detectLiveness/singleModal/sessions", $$"""{"livenessOperationMode":"Passive","deviceCorrelationId":"d","livenessSingleModalModel":"{{long60K}}"}"""))
            .ShouldBeError(HttpStatusCode.BadRequest, "InvalidRequestBody");

        // A long unknown member is ignored, like any unknown member (README): a create, not an error.
        (await PostJsonAsync(AdminHttp.CreatePath, $$"""{"livenessOperationMode":"Passive","deviceCorrelationId":"d","x":"{{long60K[..30_000]}}"}"""))
            .Status.Should().Be(HttpStatusCode.OK);

        // Multipart: an over-long text part, too many parts, and a field part of 1 MiB + 1 (past the whole-body limit).
        var fields = new Dictionary<string, string> { ["livenessOperationMode"] = "Passive", ["deviceCorrelationId"] = long100K };
        using (var content = FaceHttp.Multipart(fields, SmallImage))
        {
            (await SendAsync(HttpMethod.Post, "/face/v1.2/detectLivenessWithVerify-sessions", content)).ShouldBeError(HttpStatusCode.BadRequest, "InvalidRequestBody");
        }

        var many = Enumerable.Range(0, 500).ToDictionary(i => $"field{i}", i => "v");
        using (var content = FaceHttp.Multipart(many, SmallImage))
        {
            (await SendAsync(HttpMethod.Post, "/face/v1.2/detectLivenessWithVerify-sessions", content)).ShouldBeError(HttpStatusCode.BadRequest, "InvalidRequestBody");
        }

        var huge = new Dictionary<string, string> { ["livenessOperationMode"] = "Passive", ["deviceCorrelationId"] = "d", ["pad"] = new string('p', 1024 * 1024 + 1) };
        using (var content = FaceHttp.Multipart(huge, SmallImage))
        {
            // On a raw socket: the answer may come (and the connection close) before the client has sent it all,
            // which HttpClient reports as a broken pipe instead of the answer.
            var bytes = await content.ReadAsByteArrayAsync();
            var response = await RawAsync(
                Head("POST", "/face/v1.2/detectLivenessWithVerify-sessions", $"Content-Type: {content.Headers.ContentType}", $"Content-Length: {bytes.Length}"), bytes);
            response.Status.Should().BeOneOf(400, 413);
        }
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + $"... ({text.Length} chars)";
}
