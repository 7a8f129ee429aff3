using System.Net;
using System.Text;
using FaceEmulator.ContractTests.Infrastructure;
using TestVersions = FaceEmulator.ContractTests.Infrastructure.TestVersions;

namespace FaceEmulator.ContractTests.DeviceSide;

/// <summary>When the session token is refused, and with which status and code.</summary>
public sealed class SessionTokenTests
{
    private HttpClient _device = null!;

    [OneTimeSetUp]
    public void CreateClient() => _device = Emulator.AnonymousClient();

    [OneTimeTearDown]
    public void DisposeClient() => _device.Dispose();

    [Test]
    public async Task MissingToken_Returns401()
    {
        var response = await _device.DetectAsync("v1.2", token: null!);

        response.ShouldBeError(HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [TestCase("not-a-jwt")]
    [TestCase("eyJhbGciOiJub25lIn0.eyJzaWQiOiJ4In0.")]
    public async Task MalformedToken_Returns403(string token)
    {
        var response = await _device.DetectAsync("v1.2", token);

        response.ShouldBeError(HttpStatusCode.Forbidden, "InvalidAuthToken");
    }

    [Test]
    public async Task ForgedSignature_Returns403()
    {
        using var app = Emulator.Client(DeviceHttp.UniqueKey(this));
        var (_, token) = await app.CreateSessionAsync("v1.2");
        var parts = token.Split('.');
        // Same header and claims, someone else's signature.
        var forged = $"{parts[0]}.{parts[1]}.{new string('A', parts[2].Length)}";

        var response = await _device.DetectAsync("v1.2", forged);

        response.ShouldBeError(HttpStatusCode.Forbidden, "InvalidAuthToken");
    }

    [TestCaseSource(typeof(TestVersions), nameof(TestVersions.All))]
    public async Task TokenJustBeforeExpiry_IsAccepted_AndJustAfter_Returns403(string version)
    {
        var key = DeviceHttp.UniqueKey(this);
        using var app = Emulator.Client(key);
        var (_, token) = await app.CreateSessionAsync(version, extra: new Dictionary<string, object> { ["authTokenTimeToLiveInSeconds"] = 60 });

        await app.AdvanceClockAsync(TimeSpan.FromSeconds(59));
        (await _device.StartAsync(version, token)).Status.Should().Be(HttpStatusCode.NoContent);

        await app.AdvanceClockAsync(TimeSpan.FromSeconds(2));
        (await _device.DetectAsync(version, token)).ShouldBeError(HttpStatusCode.Forbidden, "AuthTokenExpired");
    }

    [Test]
    public async Task SessionPast48Hours_RefusesAttempts()
    {
        var key = DeviceHttp.UniqueKey(this);
        using var app = Emulator.Client(key);
        var (id, _) = await app.CreateSessionAsync("v1.2");

        await app.AdvanceClockAsync(TimeSpan.FromHours(48) - TimeSpan.FromSeconds(1));
        (await app.AdminAttemptAsync(id)).Status.Should().Be(HttpStatusCode.OK);

        await app.AdvanceClockAsync(TimeSpan.FromSeconds(1));
        (await app.AdminAttemptAsync(id)).ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
    }

    [TestCaseSource(typeof(TestVersions), nameof(TestVersions.Attempts))]
    public async Task DeletedSession_Returns404(string version)
    {
        using var app = Emulator.Client(DeviceHttp.UniqueKey(this));
        var (id, token) = await app.CreateSessionAsync(version);
        (await app.DeleteFaceAsync($"{DeviceHttp.SessionsPath(version, false)}/{id}")).Status.Should().Be(HttpStatusCode.NoContent);

        var response = await _device.DetectAsync(version, token);

        response.ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
    }

    [Test]
    public async Task TokenOfTenantA_NeverTouchesTenantB()
    {
        using var tenantA = Emulator.Client(DeviceHttp.UniqueKey(this));
        using var tenantB = Emulator.Client(DeviceHttp.UniqueKey(this));
        var (idA, tokenA) = await tenantA.CreateSessionAsync("v1.2");
        var (idB, _) = await tenantB.CreateSessionAsync("v1.2");
        idA.Should().Be(idB, "sequential ids: both tenants hold a session with the same id");

        // Even sent with tenant B's key, the token speaks for tenant A's session.
        var response = await tenantB.DetectAsync("v1.2", tokenA);

        response.Status.Should().Be(HttpStatusCode.NoContent, response.Body);
        (await tenantA.GetSessionAsync("v1.2", idA)).Text("status").Should().Be("Succeeded");
        (await tenantB.GetSessionAsync("v1.2", idB)).Text("status").Should().Be("NotStarted");
    }

    [Test]
    public async Task LivenessToken_OnWithVerifyPath_Returns403()
    {
        using var app = Emulator.Client(DeviceHttp.UniqueKey(this));
        var (_, token) = await app.CreateSessionAsync("v1.2");

        var response = await _device.DetectAsync("v1.2", token, withVerify: true);

        response.ShouldBeError(HttpStatusCode.Forbidden, "PathNotAllowed");
    }

    [Test]
    public async Task TokenUsedInAnotherApiVersion_Returns403()
    {
        using var app = Emulator.Client(DeviceHttp.UniqueKey(this));
        var (_, token) = await app.CreateSessionAsync("v1.2");

        var response = await _device.DetectAsync("v1.3-preview.1", token);

        response.ShouldBeError(HttpStatusCode.Forbidden, "PathNotAllowed");
    }

    [Test]
    public async Task DeviceCorrelationIdSetInClient_StartWithoutIt_Returns400()
    {
        using var app = Emulator.Client(DeviceHttp.UniqueKey(this));
        var (id, token) = await app.CreateSessionAsync("v1.2", extra: new Dictionary<string, object>
        {
            ["deviceCorrelationIdSetInClient"] = true,
            ["deviceCorrelationId"] = string.Empty,
        });

        (await _device.StartAsync("v1.2", token)).ShouldBeError(HttpStatusCode.BadRequest, "InvalidDeviceCorrelationId");
        (await _device.StartAsync("v1.2", token, new { deviceCorrelationId = "phone-7" })).Status.Should().Be(HttpStatusCode.NoContent);
        (await app.GetSessionAsync("v1.2", id)).Text("status").Should().Be("Running");
    }

    [Test]
    public async Task EndAttempt_V13_Returns204()
    {
        using var app = Emulator.Client(DeviceHttp.UniqueKey(this));
        var (_, token) = await app.CreateSessionAsync("v1.3-preview.1");

        var response = await _device.DeviceAsync("/face/v1.3-preview.1/session/attempt/end", token);

        response.Status.Should().Be(HttpStatusCode.NoContent);
    }

    [TestCase("v1.1-preview.1", 3)]
    [TestCase("v1.2-preview.1", 3)]
    [TestCase("v1.2", 3)]
    [TestCase("v1.3-preview.1", 1)]
    public async Task AttemptsBeyondTheLimit_Return403(string version, int allowed)
    {
        using var app = Emulator.Client(DeviceHttp.UniqueKey(this));
        var (_, token) = await app.CreateSessionAsync(version);
        for (var i = 0; i < allowed; i++)
        {
            (await _device.DetectAsync(version, token)).Status.Should().Be(HttpStatusCode.NoContent);
        }

        (await _device.DetectAsync(version, token)).ShouldBeError(HttpStatusCode.Forbidden, "ClientAttemptsExceeded");
    }

    [Test]
    public async Task V13_NumberOfClientAttemptsAllowed_IsTheLimit()
    {
        using var app = Emulator.Client(DeviceHttp.UniqueKey(this));
        var (id, _) = await app.CreateSessionAsync("v1.3-preview.1", extra: new Dictionary<string, object> { ["numberOfClientAttemptsAllowed"] = 3 });

        for (var i = 0; i < 3; i++)
        {
            (await app.AdminAttemptAsync(id)).Status.Should().Be(HttpStatusCode.OK);
        }

        (await app.AdminAttemptAsync(id)).ShouldBeError(HttpStatusCode.Forbidden, "ClientAttemptsExceeded");
    }

    [TestCaseSource(typeof(TestVersions), nameof(TestVersions.All))]
    public async Task ParallelAttempts_NoLostOrDuplicatedIds(string version)
    {
        using var app = Emulator.Client(DeviceHttp.UniqueKey(this));
        var extra = TestVersions.IsV13(version) ? new Dictionary<string, object> { ["numberOfClientAttemptsAllowed"] = 3 } : null;
        var (id, token) = await app.CreateSessionAsync(version, extra: extra);

        var responses = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => i % 2 == 0
            ? _device.DetectAsync(version, token, content: new StringContent($"frame {i}", Encoding.UTF8))
            : app.AdminAttemptAsync(id)));

        responses.Count(r => r.Status is HttpStatusCode.OK or HttpStatusCode.NoContent).Should().Be(3);
        responses.Where(r => r.Status == HttpStatusCode.Forbidden).Should().HaveCount(21)
            .And.OnlyContain(r => r.ErrorCode == "ClientAttemptsExceeded");
        var ids = DeviceHttp.IsClassic(version)
            ? (await app.GetFaceAsync($"{DeviceHttp.SessionsPath(version, false)}/{id}/audit")).Json!.AsArray().Select(e => e!["id"]!.GetValue<int>())
            : (await app.GetSessionAsync(version, id)).Json!["results"]!["attempts"]!.AsArray().Select(a => a!["attemptId"]!.GetValue<int>());
        ids.Should().Equal(3, 2, 1);
    }
}
