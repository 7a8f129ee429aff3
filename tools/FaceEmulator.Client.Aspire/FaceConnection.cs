using System.Data.Common;

namespace FaceEmulator.Client.Aspire;

/// <summary>
/// The Face endpoint and key of a connection string <c>Endpoint=http://…/;Key=…</c>, as the Aspire integration and
/// Testcontainers.FaceEmulator write it. <see cref="Endpoint"/> and <see cref="Key"/> are what <c>FaceSessionClient</c>'s
/// constructor takes (<c>new FaceSessionClient(c.Endpoint, new AzureKeyCredential(c.Key))</c>).
/// </summary>
public sealed record FaceConnection(Uri Endpoint, string Key)
{
    /// <summary>The header that carries the key, as FaceSessionClient sends it.</summary>
    public const string KeyHeader = "Ocp-Apim-Subscription-Key";

    /// <summary>Reads <c>Endpoint=…;Key=…</c> (names case-insensitive, in any order, values may be quoted).</summary>
    /// <exception cref="FormatException">A member is missing, or the endpoint is not an absolute http(s) URI.</exception>
    public static FaceConnection Parse(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = connectionString;
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"Not a connection string: {e.Message}", e);
        }

        var endpoint = builder.TryGetValue("Endpoint", out var e1) ? e1?.ToString() : null;
        var key = builder.TryGetValue("Key", out var k1) ? k1?.ToString() : null;
        if (string.IsNullOrWhiteSpace(endpoint) || string.IsNullOrWhiteSpace(key))
        {
            throw new FormatException("A Face connection string names both Endpoint and Key: 'Endpoint=http://host:port/;Key=…'.");
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new FormatException($"The Endpoint '{endpoint}' is not an absolute http or https URI.");
        }

        return new FaceConnection(uri, key);
    }

    /// <summary>Points <paramref name="client"/> at <see cref="Endpoint"/> and adds the key header to all its requests.</summary>
    public void Configure(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.BaseAddress = Endpoint;
        client.DefaultRequestHeaders.Remove(KeyHeader);
        client.DefaultRequestHeaders.Add(KeyHeader, Key);
    }

    /// <summary>A new client configured as <see cref="Configure"/> does; the caller disposes it.</summary>
    public HttpClient CreateHttpClient()
    {
        var client = new HttpClient();
        Configure(client);
        return client;
    }

    /// <summary>The connection string form (the key is left out of <see cref="ToString"/> so logs do not carry it).</summary>
    public string ToConnectionString() =>
        new DbConnectionStringBuilder { ["Endpoint"] = Endpoint.ToString(), ["Key"] = Key }.ConnectionString;

    public override string ToString() => $"Endpoint={Endpoint}";
}
