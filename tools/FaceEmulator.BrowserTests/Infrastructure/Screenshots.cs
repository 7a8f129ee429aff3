using Microsoft.Playwright;

namespace FaceEmulator.BrowserTests.Infrastructure;

/// <summary>
/// Screenshots for README: each run writes them to the test output; with UPDATE_SCREENSHOTS=1 they also
/// replace the committed ones in docs/images/.
/// </summary>
public static class Screenshots
{
    public static async Task TakeAsync(ILocator target, string name)
    {
        var bytes = await target.ScreenshotAsync();
        var output = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");
        Directory.CreateDirectory(output);
        await File.WriteAllBytesAsync(Path.Combine(output, name), bytes);
        if (Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1")
        {
            await File.WriteAllBytesAsync(Path.Combine(RepositoryRoot(), "docs", "images", name), bytes);
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FaceEmulator.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FaceEmulator.sln not found above the test output.");
    }
}
