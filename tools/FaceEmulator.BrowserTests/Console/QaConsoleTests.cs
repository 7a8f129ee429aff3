using System.Text.Json;
using FaceEmulator.BrowserTests.Component;
using FaceEmulator.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace FaceEmulator.BrowserTests.Console;

/// <summary>The QA console at /__admin/console, driven like a tester would, beside the component on the app's page.</summary>
public sealed class QaConsoleTests : ComponentFixture
{
    [Test]
    public async Task SessionAppears_ScriptedInTheConsole_ClockMoves_JournalShowsTheCalls()
    {
        await Page.GotoAsync($"{Face.Origin}/__admin/console#key={Uri.EscapeDataString(Face.Key)}");
        var (id, token) = await Face.CreateSessionAsync();
        var row = Page.Locator($"tr[data-session='{id}']");
        await Assertions.Expect(row).ToBeVisibleAsync();
        await Assertions.Expect(row.Locator("[data-field=status]")).ToHaveTextAsync("NotStarted");

        // Script the outcome from the console, then run the component on the app's origin in a second tab.
        await row.Locator("select[data-script]").SelectOptionAsync("screen-replay");
        await Page.RunAndWaitForResponseAsync(
            () => row.Locator("button[data-action=script]").ClickAsync(),
            r => r.Request.Method == "PUT" && r.Url.EndsWith($"/{id}/script", StringComparison.Ordinal));
        (await Face.AdminGetAsync($"__admin/sessions/{id}/script")).GetProperty("remaining")[0].ToString().Should().Contain("screen-replay");
        var app = await Page.Context.NewPageAsync();
        await app.GotoAsync(App.ServeComponentPage("console-component.html", Face.Origin));
        await app.WaitForFunctionAsync("() => window.runCheck !== undefined");
        var outcome = await app.EvaluateAsync<JsonElement>("t => window.runCheck(t)", token);
        outcome.GetProperty("ok").GetBoolean().Should().BeTrue(outcome.ToString());

        await Assertions.Expect(row.Locator("[data-field=attempts]")).ToContainTextAsync("spoofface");
        await Assertions.Expect(row.Locator("[data-field=status]")).ToHaveTextAsync("Succeeded");

        // The clock: advancing past the token's ten minutes shows it expired, on the tenant's clock.
        await Assertions.Expect(row.Locator("[data-field=expiry]")).Not.ToContainTextAsync("expired");
        await Page.Locator("#c-advance").FillAsync("PT15M");
        await Page.Locator("#c-advance-go").ClickAsync();
        await Assertions.Expect(row.Locator("[data-field=expiry]")).ToContainTextAsync("(expired)");

        // The journal, filtered to the session, lists the component's device calls.
        await Page.Locator("#j-session").FillAsync(id);
        await Assertions.Expect(Page.Locator("#journal")).ToContainTextAsync("DetectLiveness");
        await Assertions.Expect(Page.Locator("#journal")).ToContainTextAsync("StartLivenessSession");
        await Page.Locator("#j-session").FillAsync(string.Empty);
        await Screenshots.TakeAsync(Page.Locator("body"), "console.png");
    }

    [Test]
    public async Task AboutSection_ShowsTheEmulatorsInfo_WithoutAKey()
    {
        await Page.GotoAsync($"{Face.Origin}/__admin/console");

        var info = await Face.AdminGetAsync("__admin/info");
        await Assertions.Expect(Page.Locator("[data-field=version]")).ToContainTextAsync(info.GetProperty("version").GetString()!);
        await Assertions.Expect(Page.Locator("[data-field=api-versions]")).ToHaveTextAsync("v1.1-preview.1, v1.2-preview.1, v1.2, v1.3-preview.1");
        await Assertions.Expect(Page.Locator("#differences-summary"))
            .ToHaveTextAsync($"Differences from Azure ({info.GetProperty("differencesFromAzure").GetArrayLength()})");
    }

    [Test]
    public async Task FaultsModeAndReset_GoThroughThePublicAdminApi()
    {
        await Page.GotoAsync($"{Face.Origin}/__admin/console");
        await Page.Locator("#key").FillAsync(Face.Key);
        await Page.Locator("#connect").ClickAsync();

        await Page.Locator("#f-status").FillAsync("503");
        await Page.Locator("#f-add").ClickAsync();
        await Assertions.Expect(Page.Locator("#faults")).ToContainTextAsync("DetectLiveness → 503");
        await Page.Locator("#mode").SelectOptionAsync("interactive");
        await WaitForAsync(async () => (await Face.AdminGetAsync("__admin/face-ui")).GetProperty("mode").GetString() == "interactive");
        await Page.Locator("#faults button[data-fault]").ClickAsync();
        await Assertions.Expect(Page.Locator("#faults")).Not.ToContainTextAsync("503");
        await Page.Locator("#r-add").ClickAsync();
        await Assertions.Expect(Page.Locator("#rules")).ToContainTextAsync("screen-replay");

        Page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await Page.Locator("#reset").ClickAsync();

        await Assertions.Expect(Page.Locator("#rules")).Not.ToContainTextAsync("screen-replay");
        (await Face.AdminGetAsync("__admin/face-ui")).GetProperty("mode").GetString().Should().Be("automatic");
    }

    /// <summary>Polls the emulator (not the wall clock) until the console's call has landed.</summary>
    private async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 50 && !await condition(); i++)
        {
            await Page.WaitForResponseAsync(r => r.Url.Contains("/__admin/", StringComparison.Ordinal), new PageWaitForResponseOptions { Timeout = 5000 });
        }

        (await condition()).Should().BeTrue();
    }
}
