using System.Text.Json.Nodes;

namespace FaceEmulator.BrowserTests.Component;

/// <summary>Device-side refusals and faults reach the page as the SDK's error names (docs/web-component.md).</summary>
public sealed class FailureTests : ComponentFixture
{
    [Test]
    public async Task TokenExpiredByTheClock_RejectsWithInvalidToken()
    {
        await OpenComponentAsync();
        var (id, token) = await Face.CreateSessionAsync();
        await Face.AdminAsync(HttpMethod.Post, "__admin/clock", new { advance = "PT11M" });

        var outcome = await RunCheckAsync(token);

        ShouldFailWith(outcome, "InvalidToken", "AuthTokenExpired");
        outcome.GetProperty("error").GetProperty("status").GetInt32().Should().Be(403);
        (await Face.GetSessionAsync(id)).GetProperty("results").GetProperty("attempts").GetArrayLength().Should().Be(0);
    }

    [Test]
    public async Task AttemptsExhausted_SecondCheckRejectsWithUnexpectedClientError()
    {
        await OpenComponentAsync();
        var (id, token) = await Face.CreateSessionAsync("v1.3-preview.1", extra: new JsonObject { ["numberOfClientAttemptsAllowed"] = 1, ["userCorrelationId"] = "browser-user" });
        (await RunCheckAsync(token)).GetProperty("ok").GetBoolean().Should().BeTrue();

        var second = await RunCheckAsync(token);

        ShouldFailWith(second, "UnexpectedClientError", "ClientAttemptsExceeded");
        (await Face.GetSessionAsync(id, "v1.3-preview.1")).GetProperty("results").GetProperty("attempts").GetArrayLength().Should().Be(1);
    }

    [TestCase(503, "UnexpectedServerError")]
    [TestCase(500, "UnexpectedServerError")]
    [TestCase(504, "ServerTimedOut")]
    [TestCase(429, "UnexpectedClientError")]
    public async Task FaultDuringTheCheck_RejectsWithTheMappedError(int status, string livenessError)
    {
        await OpenComponentAsync();
        var (id, token) = await Face.CreateSessionAsync();
        await Face.AdminAsync(HttpMethod.Post, "__admin/faults", new { operation = "DetectLiveness", status, count = 1 });

        var outcome = await RunCheckAsync(token);

        ShouldFailWith(outcome, livenessError);
        outcome.GetProperty("error").GetProperty("status").GetInt32().Should().Be(status);
        (await Face.GetSessionAsync(id)).GetProperty("results").GetProperty("attempts").GetArrayLength().Should().Be(0, "a faulted call records no attempt");
    }

    [Test]
    public async Task NoAnswerWithinTheTimeout_RejectsWithTimedOut()
    {
        // The component's own timer (timeout-ms) gives up; the test waits on the page, never on a sleep.
        await OpenComponentAsync("timeout-ms=\"300\"");
        var (id, token) = await Face.CreateSessionAsync();
        await Face.AdminAsync(HttpMethod.Post, "__admin/faults", new { operation = "StartLivenessSession", latencyMs = 30000, count = 1 });

        ShouldFailWith(await RunCheckAsync(token), "TimedOut");
        (await Face.GetSessionAsync(id)).GetProperty("results").GetProperty("attempts").GetArrayLength().Should().Be(0);
    }

    [Test]
    public async Task MalformedToken_RejectsWithInvalidTokenWithoutCallingTheEmulator()
    {
        await OpenComponentAsync();

        ShouldFailWith(await RunCheckAsync("not-a-token"), "InvalidToken");
        (await Face.AdminGetAsync("__admin/requests")).GetProperty("requests").GetArrayLength().Should().Be(0);
    }
}
