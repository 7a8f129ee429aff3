using System.Net;
using System.Net.Sockets;

namespace Testcontainers.FaceEmulator.Tests;

/// <summary>
/// These tests need the emulator's image and a Docker-compatible API (podman's socket in DOCKER_HOST). The container
/// stage (tools/container/dotnet-tests) provides both and sets FACE_CONTAINER_TESTS=1, which makes them required; in
/// the in-process stage (dotnet test FaceEmulator.sln, before the image is built) they are ignored with this reason.
/// </summary>
internal static class ContainerRuntime
{
    public static string Image => Environment.GetEnvironmentVariable("FACE_EMULATOR_IMAGE") is { Length: > 0 } image ? image : "localhost/faceemu:dev";

    public static void Require()
    {
        if (Environment.GetEnvironmentVariable("FACE_CONTAINER_TESTS") != "1")
        {
            Assert.Ignore("Needs the image and podman's Docker-compatible socket: the container stage runs these " +
                "(tools/container/dotnet-tests, which sets FACE_CONTAINER_TESTS=1).");
        }
    }

    /// <summary>Asks the engine itself (GET /containers/{id}/json on DOCKER_HOST's socket), not Testcontainers, whether the container exists.</summary>
    public static async Task<bool> ExistsAsync(string containerId)
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST") ?? throw new InvalidOperationException("DOCKER_HOST is not set.");
        var socket = new Uri(host).AbsolutePath;
        using var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (_, cancellationToken) =>
            {
                var s = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                await s.ConnectAsync(new UnixDomainSocketEndPoint(socket), cancellationToken);
                return new NetworkStream(s, ownsSocket: true);
            },
        };
        using var client = new HttpClient(handler) { BaseAddress = new Uri("http://engine/") };
        using var response = await client.GetAsync(new Uri($"containers/{containerId}/json", UriKind.Relative));
        return response.StatusCode switch
        {
            HttpStatusCode.OK => true,
            HttpStatusCode.NotFound => false,
            var other => throw new InvalidOperationException($"The engine answered {(int)other} for container {containerId}."),
        };
    }
}
