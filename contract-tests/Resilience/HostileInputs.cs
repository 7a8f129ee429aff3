using System.Text;

namespace FaceEmulator.ContractTests.Resilience;

/// <summary>A request body by name, its exact bytes and the media type it is sent as.</summary>
public sealed record HostileBody(string Name, byte[] Bytes, string ContentType)
{
    public override string ToString() => $"{Name} as {ContentType}";
}

/// <summary>The hostile bodies, ids and framings the resilience matrix sends to every route.</summary>
public static class HostileInputs
{
    /// <summary>JSON string tokens whose text cannot be decoded: escaped lone surrogates and invalid UTF-8 bytes.</summary>
    public static IReadOnlyList<(string Name, byte[] Token)> UndecodableStrings { get; } =
    [
        ("escaped lone high surrogate", "\"\\ud800\""u8.ToArray()),
        ("escaped lone low surrogate", "\"\\udc00\""u8.ToArray()),
        ("escaped surrogate mid-text", "\"a\\ud800b\""u8.ToArray()),
        ("two escaped high surrogates", "\"\\ud800\\ud800\""u8.ToArray()),
        ("raw FF FE", [0x22, 0xFF, 0xFE, 0x22]),
        ("raw overlong slash", [0x22, 0xC0, 0xAF, 0x22]),
        ("raw lone surrogate (CESU-8)", [0x22, 0xED, 0xA0, 0x80, 0x22]),
        ("raw code point past U+10FFFF", [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22]),
        ("raw truncated sequence", [0x22, 0x61, 0xE2, 0x82, 0x22]),
        ("raw lone continuation byte", [0x22, 0x80, 0x22]),
    ];

    /// <summary>Where an undecodable string (<c>@</c>) goes: each reader of the emulator decodes one of these members.</summary>
    private static readonly (string Name, string Template)[] Placements =
    [
        ("create fields", """{"livenessOperationMode":"Passive","deviceCorrelationId":@,"userCorrelationId":@,"sessionImageId":@}"""),
        ("outcome", """{"outcome":@}"""),
        ("script entry", """[@]"""),
        ("member name", """{@:1}"""),
        ("fault errorCode", """{"operation":"*","status":400,"errorCode":@,"message":@}"""),
        ("nested error code", """{"outcome":{"error":{"code":@,"message":@}},"match":{"deviceCorrelationId":@}}"""),
    ];

    /// <summary>Malformed or extreme JSON: nesting, numbers, encodings, control bytes.</summary>
    private static readonly (string Name, byte[] Bytes)[] Structural =
    [
        ("empty", []),
        ("empty object", "{}"u8.ToArray()),
        ("null", "null"u8.ToArray()),
        ("unclosed arrays 10000 deep", Encoding.ASCII.GetBytes(new string('[', 10_000))),
        ("closed arrays 300 deep", Encoding.ASCII.GetBytes(new string('[', 300) + new string(']', 300))),
        ("objects 2000 deep", Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("""{"a":""", 2_000)) + "1" + new string('}', 2_000))),
        ("number 1e99999", """{"authTokenTimeToLiveInSeconds":1e99999,"times":1e99999,"latencyMs":1e99999}"""u8.ToArray()),
        ("number of 40 digits", """{"status":9999999999999999999999999999999999999999,"count":-9999999999999999999999999999999999999999}"""u8.ToArray()),
        ("number -0.0e-99999", """{"probability":-0.0e-99999,"matchConfidence":-0.0e-99999}"""u8.ToArray()),
        ("byte order mark", [0xEF, 0xBB, 0xBF, 0x7B, 0x7D]),
        ("UTF-16LE JSON", Encoding.Unicode.GetBytes("""{"livenessOperationMode":"Passive"}""")),
        ("NUL bytes", [0, 0, 0, 0]),
        ("raw NUL in a string", [0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0x00, 0x22, 0x7D]),
        ("escaped NUL and CR LF", """{"deviceCorrelationId":"\u0000\r\n","outcome":"\u0000"}"""u8.ToArray()),
        ("duplicate members", """{"outcome":"realface","outcome":"spoofface","times":1,"times":2}"""u8.ToArray()),
        ("60 KB string", Encoding.ASCII.GetBytes($$"""{"deviceCorrelationId":"{{new string('x', 60 * 1024)}}"}""")),
        ("trailing garbage", """{"livenessOperationMode":"Passive"}}}]]"""u8.ToArray()),
        ("invalid escape", """{"deviceCorrelationId":"\x41\uZZZZ"}"""u8.ToArray()),
    ];

    /// <summary>
    /// Every undecodable string in every placement as JSON, the structural ones as JSON, and the structural ones
    /// again under media types that no JSON route expects (text, a multipart body that is not multipart, a TIFF).
    /// </summary>
    public static IReadOnlyList<HostileBody> Bodies { get; } =
    [
        .. from placement in Placements
           from text in UndecodableStrings
           select new HostileBody($"{text.Name} in {placement.Name}", Fill(placement.Template, text.Token), "application/json"),
        .. Structural.Select(s => new HostileBody(s.Name, s.Bytes, "application/json")),
        .. from type in new[] { "text/plain; charset=utf-8", "multipart/form-data; boundary=hostile", "image/tiff" }
           from s in Structural.Take(12)
           select new HostileBody(s.Name, s.Bytes, type),
    ];

    /// <summary>Percent-encoded and raw tricks for an id in the path, sent byte for byte.</summary>
    public static IReadOnlyList<string> Ids { get; } =
    [
        "%00", "a%00b", "%FF", "%C0%80", "%ED%A0%80", "%F4%90%80%80", "%01", "%1F", "%7F", "%0D%0A", "%09", "%20",
        "%F0%9F%98%80", "%E2%80%AE" + "cba", "%D7%90%E2%80%8F", "%2e%2e", "..", ".", "%2e", "a%2Fb", "%5C", ";", "%3B",
        "%25", "%", "%G0", "~", "%2e%2e%2f%2e%2e%2fhealth", "CON", "*", "%22%27%3C%3E", new string('i', 4000),
    ];

    /// <summary>Broken framing: a chunked body whose size overflows, is not hex, or is cut short.</summary>
    /// <remarks>HalfClose: the client closes its side after these bytes, so closing without an answer is fair.</remarks>
    public static IReadOnlyList<(string Name, string Header, byte[] Body, bool HalfClose)> Framings { get; } =
    [
        ("overflowing chunk size", "Transfer-Encoding: chunked", "ffffffffffffffffff\r\n{}\r\n0\r\n\r\n"u8.ToArray(), false),
        ("chunk size of 17 hex digits", "Transfer-Encoding: chunked", "10000000000000002\r\n{}\r\n0\r\n\r\n"u8.ToArray(), false),
        ("chunk size not hex", "Transfer-Encoding: chunked", "zz\r\n{}\r\n0\r\n\r\n"u8.ToArray(), false),
        ("control byte in a chunk extension", "Transfer-Encoding: chunked", "2;\u0001\r\n{}\r\n0\r\n\r\n"u8.ToArray(), false),
        ("chunk without its CRLF", "Transfer-Encoding: chunked", "2\r\n{}XY0\r\n\r\n"u8.ToArray(), false),
        ("chunked body cut short", "Transfer-Encoding: chunked", "40\r\n{\"livenessOperationMode\""u8.ToArray(), true),
        ("Content-Length longer than the body", "Content-Length: 500", "{\"a\":1}"u8.ToArray(), true),
    ];

    private static byte[] Fill(string template, byte[] token)
    {
        var parts = template.Split('@');
        var result = new List<byte>(Encoding.ASCII.GetBytes(parts[0]));
        foreach (var part in parts.Skip(1))
        {
            result.AddRange(token);
            result.AddRange(Encoding.ASCII.GetBytes(part));
        }

        return [.. result];
    }
}
