using System.Net;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Admin;

public sealed class OpenApiTests
{
    [Test]
    public async Task AdminDocument_DescribesOnlyTheControlPlane()
    {
        using var client = Emulator.AnonymousClient();

        var response = await client.GetFaceAsync("/__admin/openapi.json");

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        var paths = response.Json!["paths"]!.AsObject().Select(p => p.Key).ToList();
        paths.Should().Contain(["/__admin/clock", "/__admin/faults", "/__admin/faults/{id}", "/__admin/requests", "/__admin/reset", "/health"]);
        paths.Should().NotContain(p => p.StartsWith("/face", StringComparison.Ordinal));
        response.Json!["paths"]!["/__admin/faults"]!["post"]!["requestBody"]!["content"]!["application/json"].Should().NotBeNull();
    }
}
