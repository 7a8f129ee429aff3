using Microsoft.Playwright;

namespace FaceEmulator.BrowserTests;

/// <summary>
/// One headless Debian chromium for the whole run, driven by Microsoft.Playwright's bundled driver (never
/// <c>playwright install</c>: the download does not work here). Without /usr/bin/chromium the tests are ignored
/// with the reason, except with CI=true, where they fail (.ci/run installs the apt package <c>chromium</c>).
/// </summary>
// In the root namespace, so NUnit runs it around every test of the assembly.
[SetUpFixture]
public sealed class Chromium
{
    /// <summary>Debian's chromium; CHROMIUM_PATH names another build of Chromium.</summary>
    public static readonly string ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static IPlaywright? s_playwright;
    private static IBrowser? s_browser;

    public static IBrowser Browser => s_browser ?? throw new InvalidOperationException("chromium is not running.");

    [OneTimeSetUp]
    public async Task LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            var reason = $"{ExecutablePath} is missing (apt-get install chromium, or set CHROMIUM_PATH); the browser tests need it.";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(reason);
            }

            Assert.Ignore(reason);
        }

        s_playwright = await Playwright.CreateAsync();
        s_browser = await s_playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
            ],
        });
    }

    [OneTimeTearDown]
    public async Task CloseAsync()
    {
        if (s_browser is not null)
        {
            await s_browser.CloseAsync();
        }

        s_playwright?.Dispose();
    }

    /// <summary>A fresh context (own cookies, own camera grant) and page; the console's messages go to the test output.</summary>
    public static async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 800 } });
        var page = await context.NewPageAsync();
        page.Console += (_, message) => TestContext.Progress.WriteLine($"[browser {message.Type}] {message.Text}");
        page.PageError += (_, error) => TestContext.Progress.WriteLine($"[browser error] {error}");
        return page;
    }
}
