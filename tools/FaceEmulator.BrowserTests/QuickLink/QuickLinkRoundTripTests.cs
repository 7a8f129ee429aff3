using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FaceEmulator.BrowserTests.Component;
using Microsoft.Playwright;

namespace FaceEmulator.BrowserTests.QuickLink;

/// <summary>The quick link in a browser: the hosted page runs the check and returns to the app's callback.</summary>
[Category("Container")]
public sealed class QuickLinkRoundTripTests : ComponentFixture
{
    private static readonly PageGotoOptions Commit = new() { WaitUntil = WaitUntilState.Commit };

    [Test]
    public async Task CompletedCheck_ReturnsToTheCallbackWithSessionIdAndStatus()
    {
        var (id, token) = await Face.CreateSessionAsync();
        var link = await CreateLinkAsync(token);

        // Waiting starts before the page opens: an automatic check may return before the page's load event.
        var back = Page.WaitForURLAsync($"{App.Origin}/callback**");
        await Page.GotoAsync($"{Face.Origin}{link}&callbackUrl={Uri.EscapeDataString($"{App.Origin}/callback?from=app")}", Commit);
        await back;

        var query = App.Callbacks.Last();
        query["from"].ToString().Should().Be("app", "the callback's own query is kept");
        query["sessionId"].ToString().Should().Be(id);
        query["status"].ToString().Should().Be("completed");
        query.ContainsKey("livenessError").Should().BeFalse();
        LatestDecision(await Face.GetSessionAsync(id)).Should().Be("realface");
        (await Page.GotoAsync($"{Face.Origin}{link}"))!.Status.Should().Be(410, "the link opens once");
    }

    [Test]
    public async Task CanceledCheck_ReturnsWithCanceledAndTheSdkError()
    {
        await Face.AdminAsync(HttpMethod.Put, "__admin/face-ui", new { mode = "interactive" });
        var (id, token) = await Face.CreateSessionAsync();
        var link = await CreateLinkAsync(token);

        await Page.GotoAsync($"{Face.Origin}{link}&callbackUrl={Uri.EscapeDataString($"{App.Origin}/callback")}", Commit);
        await Page.Locator("azure-ai-vision-face-ui button[data-choice='cancel']").ClickAsync();
        await Page.WaitForURLAsync($"{App.Origin}/callback**");

        var query = App.Callbacks.Last();
        query["sessionId"].ToString().Should().Be(id);
        query["status"].ToString().Should().Be("canceled");
        query["livenessError"].ToString().Should().Be("UserCanceledSession");
    }

    [Test]
    public async Task UnknownLink_ShowsAClearPageWith404()
    {
        var response = await Page.GotoAsync($"{Face.Origin}/?s=00000000-0000-0000-0000-000000000000");

        response!.Status.Should().Be(404);
        (await Page.Locator("h1").TextContentAsync()).Should().Be("Unknown link");
    }

    private async Task<string> CreateLinkAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Face.Endpoint, "api/quicklink"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var anonymous = new HttpClient();
        using var response = await anonymous.SendAsync(request);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        response.IsSuccessStatusCode.Should().BeTrue(json.ToString());
        return json.GetProperty("url").GetString()!;
    }
}
