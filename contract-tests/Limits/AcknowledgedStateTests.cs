using System.Net;
using FaceEmulator.ContractTests.Infrastructure;
using FaceEmulator.Tenancy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FaceEmulator.ContractTests.Limits;

/// <summary>
/// Nothing a request was answered 200 for is lost to a race (README, "Tenants"): a script whose body arrives after
/// its session was deleted is refused and not kept; a tenant whose first create is in flight is not evicted at the
/// tenant cap; and one tenant's verify-image verdicts never answer another's. <see cref="BodyGate"/> holds the
/// race open, so each case is deterministic.
/// </summary>
public sealed class AcknowledgedStateTests
{
    private const int Cap = 2;

    private BodyGate _gate = null!;
    private EmulatorFactory? _emulator;
    private WebApplicationFactory<Program>? _gated;

    [SetUp]
    public void Start()
    {
        _gate = new BodyGate();
        _emulator = new EmulatorFactory(new Dictionary<string, string?> { ["Emulator:Limits:MaxTenants"] = $"{Cap}" });
        _gated = _emulator.WithWebHostBuilder(host => host.ConfigureServices(services => services.AddSingleton<IStartupFilter>(_gate)));
    }

    [TearDown]
    public async Task StopAsync()
    {
        _gate.Release.TrySetResult();
        if (_gated is not null)
        {
            await _gated.DisposeAsync();
        }

        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    [Test]
    public async Task AScriptWhoseBodyArrivesAfterItsSessionIsDeleted_IsRefused_AndNothingIsKept()
    {
        using var client = Client("key-script");
        var id = await CreateAsync(client);
        using var gated = Client("key-script", gate: true);

        var putting = gated.SendFaceAsync(HttpMethod.Put, ScriptPath(id), Json("""["printed-photo","real-face"]"""));
        await Reached(_gate.Reading);
        (await client.DeleteFaceAsync($"{AdminHttp.CreatePath}/{id}")).Status.Should().Be(HttpStatusCode.NoContent);
        _gate.Release.SetResult();

        (await putting).ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
        (await client.GetFaceAsync(ScriptPath(id))).ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
        TenantOf("key-script").Decisions.ScriptCount.Should().Be(0, "no script outlives its session");
    }

    [Test]
    public async Task AScriptForADeletedSession_IsSessionNotFound()
    {
        using var client = Client("key-script-late");
        var id = await CreateAsync(client);
        (await client.DeleteFaceAsync($"{AdminHttp.CreatePath}/{id}")).Status.Should().Be(HttpStatusCode.NoContent);

        (await client.SendFaceAsync(HttpMethod.Put, ScriptPath(id), Json("""["real-face"]""")))
            .ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
        (await client.DeleteFaceAsync(ScriptPath(id))).ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
        TenantOf("key-script-late").Decisions.ScriptCount.Should().Be(0);
    }

    [Test]
    public async Task ACreateInFlight_KeepsItsTenant_WhenANewKeyArrivesAtTheCap()
    {
        using var holder = Client("key-holder");
        await CreateAsync(holder);
        using var first = Client("key-first", gate: true);

        // The new tenant is resolved and its create waits for its body: it holds no session yet.
        var creating = first.PostSessionAsync();
        await Reached(_gate.Reading);
        using var newcomer = Client("key-newcomer");
        (await newcomer.GetFaceAsync($"{AdminHttp.CreatePath}/none")).ShouldBeError(HttpStatusCode.Forbidden, "KeyLimitExceeded");
        _gate.Release.SetResult();

        var created = await creating;
        created.Status.Should().Be(HttpStatusCode.OK, created.Body);
        var id = created.Json!["sessionId"]!.GetValue<string>();
        using var reader = Client("key-first");
        (await reader.GetFaceAsync($"{AdminHttp.CreatePath}/{id}")).Status.Should().Be(HttpStatusCode.OK, "an acknowledged create is kept");

        // Once the session is deleted and no request holds the tenant, it is idle and makes room.
        (await reader.DeleteFaceAsync($"{AdminHttp.CreatePath}/{id}")).Status.Should().Be(HttpStatusCode.NoContent);
        (await newcomer.GetFaceAsync($"{AdminHttp.CreatePath}/none")).ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
    }

    [Test]
    public async Task AReferenceImage_IsInspectedOncePerTenant_NeverAnsweredFromAnotherTenantsCache()
    {
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(TestImages.Portrait));
        using var a = Client("key-verdicts-a");
        using var b = Client("key-verdicts-b");

        (await a.PostSessionAsync(withVerify: true)).Status.Should().Be(HttpStatusCode.OK);
        (await a.PostSessionAsync(withVerify: true)).Status.Should().Be(HttpStatusCode.OK);
        TenantOf("key-verdicts-a").Verdicts.Inspections.Should().Be(1, "a tenant's repeated image is answered from its cache");
        TenantOf("key-verdicts-b").Verdicts.TryGet(hash).Should().BeNull("another tenant's upload is not in this tenant's cache");

        (await b.PostSessionAsync(withVerify: true)).Status.Should().Be(HttpStatusCode.OK);

        TenantOf("key-verdicts-b").Verdicts.Inspections.Should().Be(1, "the tenant inspects the image itself");
        TenantOf("key-verdicts-a").Verdicts.Inspections.Should().Be(1);
    }

    private HttpClient Client(string key, bool gate = false)
    {
        var client = (_gated ?? throw new InvalidOperationException("The emulator is not running.")).CreateClient();
        client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", key);
        if (gate)
        {
            client.DefaultRequestHeaders.Add(BodyGate.Header, "1");
        }

        return client;
    }

    /// <summary>The tenant of an existing key, read directly (the admin API has no view of script counts or caches).</summary>
    private Tenant TenantOf(string key)
    {
        using var lease = _gated!.Services.GetRequiredService<TenantRegistry>().TryAcquire(key)
            ?? throw new InvalidOperationException($"No room for {key}.");
        return lease.Tenant;
    }

    private static async Task<string> CreateAsync(HttpClient client)
    {
        var created = await client.PostSessionAsync();
        created.Status.Should().Be(HttpStatusCode.OK, created.Body);
        return created.Json!["sessionId"]!.GetValue<string>();
    }

    private static string ScriptPath(string id) => $"/__admin/sessions/{id}/script";

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    /// <summary>Waits for the server to reach the gate; the deadline only turns a hang into a failure.</summary>
    private static Task Reached(TaskCompletionSource point) => point.Task.WaitAsync(TimeSpan.FromSeconds(30));
}
