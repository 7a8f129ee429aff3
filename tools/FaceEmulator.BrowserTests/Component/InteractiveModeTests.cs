using FaceEmulator.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace FaceEmulator.BrowserTests.Component;

/// <summary>Interactive mode: a panel in the component lets the tester pick the outcome.</summary>
public sealed class InteractiveModeTests : ComponentFixture
{
    [Test]
    public async Task ElementAttribute_ClickOnScreenReplay_RecordsSpoofface()
    {
        await OpenComponentAsync("mode=\"interactive\"");
        var (id, token) = await Face.CreateSessionAsync();

        await BeginCheckAsync(token);
        await Assertions.Expect(Page.Locator("azure-ai-vision-face-ui video")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(Page.Locator("azure-ai-vision-face-ui"), "component.png");
        await Page.Locator("azure-ai-vision-face-ui button[data-choice='screen-replay']").ClickAsync();
        var outcome = await SettledAsync();

        outcome.GetProperty("ok").GetBoolean().Should().BeTrue(outcome.ToString());
        LatestDecision(await Face.GetSessionAsync(id)).Should().Be("spoofface");
    }

    [Test]
    public async Task TenantMode_ClickOnRealFace_BeatsTheSessionScript()
    {
        await Face.AdminAsync(HttpMethod.Put, "__admin/face-ui", new { mode = "interactive" });
        await OpenComponentAsync();
        var (id, token) = await Face.CreateSessionAsync();
        await Face.AdminAsync(HttpMethod.Put, $"__admin/sessions/{id}/script", new[] { "printed-photo" });

        await BeginCheckAsync(token);
        await Page.Locator("azure-ai-vision-face-ui button[data-choice='real-face']").ClickAsync();
        var outcome = await SettledAsync();

        outcome.GetProperty("ok").GetBoolean().Should().BeTrue(outcome.ToString());
        LatestDecision(await Face.GetSessionAsync(id)).Should().Be("realface");
    }

    [Test]
    public async Task Cancel_RejectsWithUserCanceledSession()
    {
        await OpenComponentAsync("mode=\"interactive\"");
        var (id, token) = await Face.CreateSessionAsync();

        await BeginCheckAsync(token);
        await Page.Locator("azure-ai-vision-face-ui button[data-choice='cancel']").ClickAsync();

        ShouldFailWith(await SettledAsync(), "UserCanceledSession");
        (await Face.GetSessionAsync(id)).GetProperty("results").GetProperty("attempts").GetArrayLength().Should().Be(0);
    }

    [Test]
    public async Task NoFace_RejectsWithNoFaceDetected()
    {
        await OpenComponentAsync("mode=\"interactive\"");
        var (_, token) = await Face.CreateSessionAsync();

        await BeginCheckAsync(token);
        await Page.Locator("azure-ai-vision-face-ui button[data-choice='no-face']").ClickAsync();

        ShouldFailWith(await SettledAsync(), "NoFaceDetected");
    }
}
