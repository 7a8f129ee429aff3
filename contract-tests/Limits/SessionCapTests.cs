using System.ComponentModel.DataAnnotations;
using System.Net;
using FaceEmulator.Tenancy;
using FaceEmulator.ContractTests.Infrastructure;

namespace FaceEmulator.ContractTests.Limits;

/// <summary>Emulator:Limits:MaxSessionsPerTenant: expired sessions make room first, then create is refused (README).</summary>
public sealed class SessionCapTests()
    : OwnEmulatorFixture(new Dictionary<string, string?> { ["Emulator:Limits:MaxSessionsPerTenant"] = $"{Cap}" })
{
    private const int Cap = 3;

    [TestCaseSource(typeof(TestVersions), nameof(TestVersions.All))]
    public async Task AtTheCap_CreateIsRefusedWithQuotaError(string version)
    {
        using var client = Client($"key-cap-full-{version}");
        for (var i = 0; i < Cap; i++)
        {
            (await client.PostSessionAsync(version)).Status.Should().Be(HttpStatusCode.OK);
        }

        var refused = await client.PostSessionAsync(version);

        refused.ShouldBeError(HttpStatusCode.Forbidden, "SessionLimitExceeded");
    }

    [Test]
    public async Task AtTheCap_WithVerifyCreateIsRefusedToo()
    {
        using var client = Client("key-cap-verify");
        for (var i = 0; i < Cap; i++)
        {
            (await client.PostSessionAsync()).Status.Should().Be(HttpStatusCode.OK);
        }

        using var content = FaceHttp.Multipart(TestVersions.CreateFields("v1.2"), TestImages.Portrait);
        var refused = await client.SendFaceAsync(HttpMethod.Post, "/face/v1.2/detectLivenessWithVerify-sessions", content);

        refused.ShouldBeError(HttpStatusCode.Forbidden, "SessionLimitExceeded");
    }

    [Test]
    public async Task DeletingASession_MakesRoom()
    {
        using var client = Client("key-cap-delete");
        var ids = new List<string>();
        for (var i = 0; i < Cap; i++)
        {
            ids.Add((await client.PostSessionAsync()).Json!["sessionId"]!.GetValue<string>());
        }

        var first = ids[0];

        (await client.DeleteFaceAsync($"{AdminHttp.CreatePath}/{first}")).Status.Should().Be(HttpStatusCode.NoContent);

        (await client.PostSessionAsync()).Status.Should().Be(HttpStatusCode.OK);
        (await client.PostSessionAsync()).ShouldBeError(HttpStatusCode.Forbidden, "SessionLimitExceeded");
    }

    [Test]
    public async Task AtTheCap_ExpiredSessionsAreEvictedFirst()
    {
        using var client = Client("key-cap-expired");
        var old = (await client.PostSessionAsync()).Json!["sessionId"]!.GetValue<string>();
        (await client.PostAdminAsync("/__admin/clock", """{"advance":"PT47H"}""")).Status.Should().Be(HttpStatusCode.OK);
        var young = (await client.PostSessionAsync()).Json!["sessionId"]!.GetValue<string>();
        (await client.PostSessionAsync()).Status.Should().Be(HttpStatusCode.OK);
        (await client.PostAdminAsync("/__admin/clock", """{"advance":"PT1H"}""")).Status.Should().Be(HttpStatusCode.OK);

        // The first session is now 48 h old: still readable (expired) until the cap needs its room.
        (await client.GetFaceAsync($"{AdminHttp.CreatePath}/{old}")).Status.Should().Be(HttpStatusCode.OK);
        (await client.PostSessionAsync()).Status.Should().Be(HttpStatusCode.OK);

        (await client.GetFaceAsync($"{AdminHttp.CreatePath}/{old}")).ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
        (await client.GetFaceAsync($"{AdminHttp.CreatePath}/{young}")).Status.Should().Be(HttpStatusCode.OK);
        (await client.PostSessionAsync()).ShouldBeError(HttpStatusCode.Forbidden, "SessionLimitExceeded");
    }

    [Test]
    public async Task TheCapIsPerTenant()
    {
        using var full = Client("key-cap-tenant-a");
        using var other = Client("key-cap-tenant-b");
        for (var i = 0; i < Cap; i++)
        {
            await full.PostSessionAsync();
        }

        (await full.PostSessionAsync()).ShouldBeError(HttpStatusCode.Forbidden, "SessionLimitExceeded");
        (await other.PostSessionAsync()).Status.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task ConcurrentCreatesAtTheCap_NeverOvershoot()
    {
        using var client = Client("key-cap-race");

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => client.PostSessionAsync("v1.2-preview.1")));

        responses.Count(r => r.Status == HttpStatusCode.OK).Should().Be(Cap);
        responses.Where(r => r.Status != HttpStatusCode.OK).Should().AllSatisfy(r => r.ShouldBeError(HttpStatusCode.Forbidden, "SessionLimitExceeded"));
        var listed = await client.GetFaceAsync("/face/v1.2-preview.1/detectLiveness/singleModal/sessions");
        listed.Json!.AsArray().Count.Should().Be(Cap);
    }

    [TestCase(nameof(LimitsOptions.MaxSessionsPerTenant))]
    [TestCase(nameof(LimitsOptions.MaxTenants))]
    public void AZeroCap_IsInvalidConfiguration(string property)
    {
        // Validated on start (ValidateOnStart), so a zero cap stops the emulator from starting at all.
        var options = new LimitsOptions();
        typeof(LimitsOptions).GetProperty(property)!.SetValue(options, 0);

        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true).Should().BeFalse();
        results.Should().ContainSingle().Which.MemberNames.Should().Equal(property);
    }
}
