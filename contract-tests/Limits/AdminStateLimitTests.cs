using System.Net;
using FaceEmulator.ContractTests.Infrastructure;
using FaceEmulator.Decisions;
using FaceEmulator.Sessions;

namespace FaceEmulator.ContractTests.Limits;

/// <summary>
/// What the admin API keeps per key is bounded too: fault rules are capped like outcome rules, and a
/// session's script leaves with its session, whether deleted or evicted.
/// </summary>
public sealed class AdminStateLimitTests
{
    private static readonly DateTimeOffset Created = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private HttpClient _client = null!;

    [SetUp]
    public void CreateClient() => _client = Emulator.Client($"{Emulator.KeyFor(this)}-{TestContext.CurrentContext.Test.Name}");

    [TearDown]
    public void DisposeClient() => _client.Dispose();

    [Test]
    public async Task FaultRules_BeyondTheCap_AreRefused()
    {
        for (var i = 0; i < 100; i++)
        {
            await _client.AddFaultAsync("""{"operation":"GetSettings","status":500,"probability":0}""");
        }

        var refused = await _client.PostAdminAsync("/__admin/faults", """{"operation":"GetSettings","status":500}""");

        refused.ShouldBeError(HttpStatusCode.BadRequest, "BadArgument");
        refused.ErrorMessage.Should().Be("A tenant holds at most 100 fault rules.");
        (await _client.DeleteFaceAsync("/__admin/faults")).Status.Should().Be(HttpStatusCode.NoContent);
        await _client.AddFaultAsync("""{"operation":"GetSettings","status":500,"probability":0}""");
    }

    [Test]
    public async Task DeletingTheScriptOfAnUnknownSession_ReturnsSessionNotFound()
    {
        var response = await _client.DeleteFaceAsync("/__admin/sessions/no-such-session/script");

        response.ShouldBeError(HttpStatusCode.NotFound, "SessionNotFound");
    }

    [Test]
    public void DeletedSession_TakesItsScriptAlong()
    {
        var decisions = new DecisionState();
        var store = new SessionStore(removed: decisions.Forget);
        var session = Session("s-1");
        store.TryAdd(session, capacity: 10, Created).Should().BeTrue();
        decisions.SetScript(session.Id, [ScenarioCatalog.Find("printed-photo")!], out _).Should().BeTrue();

        store.Remove(session.Id, session.Kind, session.Family).Should().BeTrue();

        // A later session with the same id must not inherit the old script.
        decisions.GetScript(session).Should().BeEmpty();
    }

    [Test]
    public void EvictedSession_TakesItsScriptAlong()
    {
        var decisions = new DecisionState();
        var store = new SessionStore(removed: decisions.Forget);
        var old = Session("s-old");
        store.TryAdd(old, capacity: 1, Created).Should().BeTrue();
        decisions.SetScript(old.Id, [ScenarioCatalog.Find("printed-photo")!], out _).Should().BeTrue();

        // The store is full; 48 hours later the old session has expired and makes room.
        store.TryAdd(Session("s-new"), capacity: 1, Created.AddHours(48)).Should().BeTrue();

        decisions.GetScript(old).Should().BeEmpty();
    }

    private static SessionRecord Session(string id) => new()
    {
        Id = id,
        Kind = SessionKind.Liveness,
        Family = FaceEmulator.Versions.ApiFamily.Attempts,
        CreatedInVersion = "v1.2",
        CreatedAt = Created,
        Parameters = new SessionParameters { LivenessOperationMode = "Passive", DeviceCorrelationId = "phone-1" },
        AuthToken = string.Empty,
        IsAbuseMonitoringEnabled = false,
    };
}
