using Microsoft.Playwright;

namespace Simulator.Web.Tests.Support;

/// <summary>Debian's Chromium driven by Playwright (its own browser download cannot work here).</summary>
internal static class Browsers
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Fail($"Chromium is not installed at {ChromiumPath}: install it with `apt-get update && apt-get install -y chromium` (the end-to-end test drives it with Playwright).");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        return (playwright, browser);
    }

    public static string ScreenshotDirectory()
    {
        var dir = RepositoryFiles.PathOf("tests/Simulator.Web.Tests/TestResults/classroom");
        Directory.CreateDirectory(dir);
        return dir;
    }
}
