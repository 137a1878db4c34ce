using System.Diagnostics;

namespace Simulator.Cli.Tests;

/// <summary>
/// Renders a page in headless Chromium (Debian's `chromium` package). Tests never install it
/// (`.ci/run` does); when it is missing, the test fails with the command that installs it.
/// </summary>
internal static class HeadlessChromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private static readonly Lazy<string> Executable = new(Find);

    /// <summary>The page's DOM after the load event.</summary>
    public static string DumpDom(string file) => Run(file, "--dump-dom");

    /// <summary>A PNG screenshot of the page's first 1280 x 2400 pixels.</summary>
    public static void Screenshot(string file, string png) => Run(file, $"--screenshot={png}", "--window-size=1280,2400");

    private static string Run(string file, params string[] extra)
    {
        var profile = Directory.CreateTempSubdirectory("sim-chromium-");
        try
        {
            var start = new ProcessStartInfo(Executable.Value) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", $"--user-data-dir={profile.FullName}" }.Concat(extra))
            {
                start.ArgumentList.Add(arg);
            }

            start.ArgumentList.Add(new Uri(Path.GetFullPath(file)).AbsoluteUri);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start chromium");
            var stdout = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium did not finish within {Timeout}");
            }

            return stdout.Result;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private static string Find() =>
        Locate() ?? throw new InvalidOperationException(
            "chromium was not found on PATH (looked for chromium and chromium-browser). Install Debian's package with "
            + "`apt-get update && apt-get install -y chromium` (as root; .ci/run does this), then run the tests again.");

    private static string? Locate() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { Path.Combine(dir, "chromium"), Path.Combine(dir, "chromium-browser") })
            .FirstOrDefault(File.Exists);
}
