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
        var (decisions, store) = TenantState();
        var session = Session("s-1");
        store.TryAdd(session, capacity: 10, Created).Should().BeTrue();
        decisions.TrySetScript(session.Id, [ScenarioCatalog.Find("printed-photo")!], out _).Should().Be(ScriptWrite.Written);

        store.Remove(session.Id, session.Kind, session.Family).Should().BeTrue();

        decisions.ScriptCount.Should().Be(0);
        decisions.GetScript(session).Should().BeNull("the session is gone");

        // A later session with the same id must not inherit the old script.
        store.TryAdd(session, capacity: 10, Created).Should().BeTrue();
        decisions.GetScript(session).Should().BeEmpty();
    }

    [Test]
    public void EvictedSession_TakesItsScriptAlong()
    {
        var (decisions, store) = TenantState();
        var old = Session("s-old");
        store.TryAdd(old, capacity: 1, Created).Should().BeTrue();
        decisions.TrySetScript(old.Id, [ScenarioCatalog.Find("printed-photo")!], out _).Should().Be(ScriptWrite.Written);

        // The store is full; 48 hours later the old session has expired and makes room.
        store.TryAdd(Session("s-new"), capacity: 1, Created.AddHours(48)).Should().BeTrue();

        decisions.ScriptCount.Should().Be(0);
        decisions.GetScript(old).Should().BeNull();
    }

    /// <summary>The admin handlers find the session, then write its script: a delete in between must not leave one behind.</summary>
    [Test]
    public void ASessionDeletedAfterItWasFound_GetsNoScript_AndUsesNoTemplate()
    {
        var (decisions, store) = TenantState();
        decisions.AddScriptTemplate(new ScriptTemplate(new RuleMatch(), [ScenarioCatalog.Find("printed-photo")!], Sessions: 1, Remaining: 1));
        var session = Session("s-found");
        store.TryAdd(session, capacity: 10, Created).Should().BeTrue();
        var found = store.Find(session.Id)!;

        store.Remove(session.Id, session.Kind, session.Family).Should().BeTrue();

        decisions.TrySetScript(found.Id, [ScenarioCatalog.Find("real-face")!], out _).Should().Be(ScriptWrite.SessionGone);
        decisions.TryClearScript(found.Id).Should().BeFalse();
        decisions.GetScript(found).Should().BeNull();
        lock (decisions.Gate)
        {
            decisions.PeekScript(found).Should().BeNull();
        }

        decisions.ScriptCount.Should().Be(0);
        decisions.ScriptTemplates.Single().Remaining.Should().Be(1, "a session that is gone does not use up the template");
    }

    /// <summary>A decision state and session store wired as a tenant wires them.</summary>
    private static (DecisionState Decisions, SessionStore Store) TenantState()
    {
        SessionStore? store = null;
        var decisions = new DecisionState(id => store!.Find(id) is not null);
        store = new SessionStore(removed: decisions.Forget);
        return (decisions, store);
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
