using System.Net.Http.Headers;

namespace FaceEmulator.ContractTests.QaScenarios;

/// <summary>
/// A README curl command as the request it sends. Only the options the walkthroughs use are understood;
/// output options (<c>-s</c>, <c>-i</c>, <c>-w</c>, <c>-o</c>) change what the reader sees, not the request.
/// </summary>
internal sealed record CurlCommand(string Method, string Url, IReadOnlyList<(string Name, string Value)> Headers, byte[]? Body, string? OutputFile)
{
    public static CurlCommand Parse(IReadOnlyList<string> words, string repositoryRoot, string line)
    {
        if (words.Count == 0 || words[0] != "curl")
        {
            throw new AssertionException($"Not a curl command: {line}");
        }

        string? method = null, url = null, output = null;
        byte[]? body = null;
        var headers = new List<(string, string)>();
        for (var i = 1; i < words.Count; i++)
        {
            string Value() => i + 1 < words.Count ? words[++i] : throw new AssertionException($"'{words[i]}' needs a value: {line}");
            switch (words[i])
            {
                case "-s" or "-i":
                    break;
                case "-w":
                    _ = Value();
                    break;
                case "-o":
                    output = Value();
                    break;
                case "-X":
                    method = Value();
                    break;
                case "-H":
                    var header = Value();
                    var colon = header.IndexOf(':', StringComparison.Ordinal);
                    if (colon <= 0)
                    {
                        throw new AssertionException($"Header without a name: {line}");
                    }

                    headers.Add((header[..colon].Trim(), header[(colon + 1)..].Trim()));
                    break;
                case "-d":
                    // curl -d @file drops carriage returns and newlines from the file.
                    body = [.. Data(Value(), repositoryRoot).Where(b => b is not (byte)'\r' and not (byte)'\n')];
                    break;
                case "--data-binary":
                    body = Data(Value(), repositoryRoot);
                    break;
                case var option when option.StartsWith('-'):
                    throw new AssertionException($"curl option '{option}' is not understood by the walkthrough runner: {line}");
                case var positional:
                    url = url is null ? positional : throw new AssertionException($"Two URLs in one command: {line}");
                    break;
            }
        }

        return new(method ?? (body is null ? "GET" : "POST"), url ?? throw new AssertionException($"No URL: {line}"), headers, body, output);
    }

    /// <summary>The request curl would send; <paramref name="baseUrl"/> is replaced by the in-process server.</summary>
    public HttpRequestMessage ToRequest(string baseUrl)
    {
        if (!Url.StartsWith(baseUrl, StringComparison.Ordinal))
        {
            throw new AssertionException($"README URL {Url} does not start with $E ({baseUrl}).");
        }

        var request = new HttpRequestMessage(new HttpMethod(Method), Url[baseUrl.Length..]);
        string? contentType = null;
        foreach (var (name, value) in Headers)
        {
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = value;
            }
            else
            {
                request.Headers.TryAddWithoutValidation(name, value).Should().BeTrue($"header {name} is a request header");
            }
        }

        request.Headers.UserAgent.ParseAdd("curl/8.0");
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Body);
            // Like curl: a body sent with -d/--data-binary and no Content-Type is form-encoded.
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType ?? "application/x-www-form-urlencoded");
        }

        return request;
    }

    private static byte[] Data(string value, string repositoryRoot) =>
        value.StartsWith('@') ? File.ReadAllBytes(Path.Combine(repositoryRoot, value[1..])) : System.Text.Encoding.UTF8.GetBytes(value);
}
