using DotNet.Testcontainers.Containers;
using FaceEmulator.Testing;

namespace Testcontainers.FaceEmulator;

/// <summary>A running emulator container: its endpoint, its tenant's key, a connection string and the typed admin client.</summary>
public sealed class FaceEmulatorContainer : DockerContainer
{
    private readonly Lazy<FaceEmulatorClient> _admin;

    public FaceEmulatorContainer(FaceEmulatorConfiguration configuration)
        : base(configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        Key = configuration.Key ?? throw new ArgumentException("The configuration names no key.", nameof(configuration));
        _admin = new Lazy<FaceEmulatorClient>(() => new FaceEmulatorClient(CreateClient()));
    }

    /// <summary>The subscription key (tenant) that <see cref="Admin"/>, <see cref="CreateClient"/> and the connection string use.</summary>
    public string Key { get; }

    /// <summary>
    /// The typed admin client of <see cref="Key"/>'s tenant (FaceEmulator.Testing): <c>Clock</c>, <c>Sessions</c> (scripts,
    /// attempts), <c>Rules</c>, <c>Faults</c>, <c>Requests</c>, <c>ResetAsync</c>. Owned by the container; valid once started.
    /// </summary>
    public FaceEmulatorClient Admin => _admin.Value;

    /// <summary>The emulator's address from the host: <c>http://{Hostname}:{mapped port}/</c>.</summary>
    public Uri GetEndpoint() =>
        new UriBuilder(Uri.UriSchemeHttp, Hostname, GetMappedPublicPort(FaceEmulatorBuilder.FaceEmulatorPort)).Uri;

    /// <summary>A new client for <see cref="GetEndpoint"/> whose requests carry <paramref name="key"/> (default <see cref="Key"/>); the caller disposes it.</summary>
    public HttpClient CreateClient(string? key = null) => FaceEmulatorClient.CreateHttpClient(GetEndpoint(), key ?? Key);

    protected override async ValueTask DisposeAsyncCore()
    {
        if (_admin.IsValueCreated)
        {
            _admin.Value.HttpClient.Dispose();
        }

        await base.DisposeAsyncCore().ConfigureAwait(false);
    }
}
