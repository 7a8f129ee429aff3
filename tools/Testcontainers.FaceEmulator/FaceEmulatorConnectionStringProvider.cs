using DotNet.Testcontainers.Configurations;

namespace Testcontainers.FaceEmulator;

/// <summary>
/// <c>Endpoint=…;Key=…</c>, the form the Aspire integration hands to apps too: from the host (mapped port) or from
/// another container on the same network (the container's name and port 5080).
/// </summary>
internal sealed class FaceEmulatorConnectionStringProvider : ContainerConnectionStringProvider<FaceEmulatorContainer, FaceEmulatorConfiguration>
{
    protected override string GetHostConnectionString() => Format(Container.GetEndpoint(), Container.Key);

    protected override string GetContainerConnectionString() =>
        Format(new Uri($"http://{Container.Name.TrimStart('/')}:{FaceEmulatorBuilder.FaceEmulatorPort}/"), Container.Key);

    internal static string Format(Uri endpoint, string key) => $"Endpoint={endpoint};Key={key}";
}
