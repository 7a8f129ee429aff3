using System.Text.Json;
using FaceEmulator.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace FaceEmulator.BrowserTests.Component;

/// <summary>An emulator (own tenant), an app origin on another port, and a fresh page per test.</summary>
public abstract class ComponentFixture
{
    protected FaceTarget Face { get; private set; } = null!;

    protected AppOrigin App { get; private set; } = null!;

    protected IPage Page { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartServersAsync()
    {
        Face = await FaceTarget.StartAsync();
        App = await AppOrigin.StartAsync();
    }

    [OneTimeTearDown]
    public async Task StopServersAsync()
    {
        await App.DisposeAsync();
        await Face.DisposeAsync();
    }

    [SetUp]
    public async Task OpenPageAsync() => Page = await Chromium.NewPageAsync();

    [TearDown]
    public async Task ClosePageAsync()
    {
        if (Page is not null)
        {
            await Page.Context.CloseAsync();
        }

        await Face.AdminAsync(HttpMethod.Post, "__admin/reset");
    }

    /// <summary>Opens the component page (served by the app origin) and waits until its module has loaded.</summary>
    protected async Task OpenComponentAsync(string elementAttributes = "")
    {
        var url = App.ServeComponentPage($"component-{Guid.NewGuid():N}.html", Face.Origin, elementAttributes);
        await Page.GotoAsync(url);
        await Page.WaitForFunctionAsync("() => window.runCheck !== undefined");
    }

    /// <summary>Runs <c>start(token)</c> to the end: <c>{ok, result}</c> or <c>{ok: false, error}</c>.</summary>
    protected async Task<JsonElement> RunCheckAsync(string token) => await Page.EvaluateAsync<JsonElement>("t => window.runCheck(t)", token);

    /// <summary>Starts <c>start(token)</c> without waiting; <see cref="SettledAsync"/> reads its outcome.</summary>
    protected async Task BeginCheckAsync(string token) => await Page.EvaluateAsync("t => { window.runCheck(t); }", token);

    protected async Task<JsonElement> SettledAsync() => await Page.EvaluateAsync<JsonElement>("() => window.pending");

    protected static void ShouldFailWith(JsonElement outcome, string livenessError, string? code = null)
    {
        outcome.GetProperty("ok").GetBoolean().Should().BeFalse(outcome.ToString());
        var error = outcome.GetProperty("error");
        error.GetProperty("livenessError").GetString().Should().Be(livenessError, error.ToString());
        if (code is not null)
        {
            error.GetProperty("code").GetString().Should().Be(code, error.ToString());
        }
    }

    protected static string LatestDecision(JsonElement session) =>
        session.GetProperty("results").GetProperty("attempts")[0].GetProperty("result").GetProperty("livenessDecision").GetString()!;
}
