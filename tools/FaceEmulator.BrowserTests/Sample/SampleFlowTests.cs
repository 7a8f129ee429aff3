using FaceEmulator.BrowserTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using WebSample;

namespace FaceEmulator.BrowserTests.Sample;

/// <summary>
/// The seed's whole flow with contract-tests/web-sample: the page asks its app server for a session, starts the
/// stand-in with the token, and the app server reads the verdict. tools/container/check runs this category
/// against the container (FACE_EMULATOR_URL).
/// </summary>
[Category("Container")]
public sealed class SampleFlowTests
{
    private FaceTarget _face = null!;
    private WebApplication _sample = null!;
    private string _sampleOrigin = null!;
    private IPage _page = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _face = await FaceTarget.StartAsync();
        _sample = SampleApp.Build([$"--Face:Endpoint={_face.Origin}", $"--Face:Key={_face.Key}", "--urls=http://127.0.0.1:0"]);
        await _sample.StartAsync();
        _sampleOrigin = _sample.Urls.First();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_sample is not null)
        {
            await _sample.DisposeAsync();
        }

        if (_face is not null)
        {
            await _face.DisposeAsync();
        }
    }

    [SetUp]
    public async Task OpenAsync() => _page = await Chromium.NewPageAsync();

    [TearDown]
    public async Task CloseAsync()
    {
        await _page.Context.CloseAsync();
        await _face.AdminAsync(HttpMethod.Delete, "__admin/rules");
    }

    [Test]
    public async Task LiveUser_TheAppServerSaysLive()
    {
        await _page.GotoAsync(_sampleOrigin);
        await _page.Locator("#start").ClickAsync();

        await Assertions.Expect(_page.Locator("#verdict")).ToHaveAttributeAsync("data-verdict", "live");
    }

    [Test]
    public async Task SpoofRuleForTheSampleDevice_TheAppServerSaysSpoof()
    {
        await _face.AdminAsync(HttpMethod.Post, "__admin/rules", new { match = new { deviceCorrelationId = "web-sample" }, outcome = "printed-photo" });
        await _page.GotoAsync(_sampleOrigin);
        await _page.Locator("#start").ClickAsync();

        await Assertions.Expect(_page.Locator("#verdict")).ToHaveAttributeAsync("data-verdict", "spoof");
    }
}
