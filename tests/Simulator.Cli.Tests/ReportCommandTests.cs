using System.Text.RegularExpressions;

namespace Simulator.Cli.Tests;

public sealed partial class ReportCommandTests
{
    [Fact]
    public void Report_renders_offline_in_chromium_with_every_chart_present_and_non_empty()
    {
        var dir = Directory.CreateTempSubdirectory("sim-report-");
        try
        {
            var html = Path.Combine(dir.FullName, "report.html");
            var result = SimCli.Run(
                "report", "tests/Simulator.Cli.Tests/Scenarios/decisive-red-line.yaml",
                "--runs", "100", "--analysis-runs", "20", "--sweep", "parties.a.stances.swap.redLine.min=0..100:5", "--out", html);
            Assert.Equal(0, result.ExitCode);
            var page = File.ReadAllText(html);

            // Self-contained: no external resource is referenced.
            Assert.DoesNotMatch(ExternalResource(), page);
            foreach (var section in new[] { "Outcome probabilities", "Parties and their stances", "What drives each outcome", "Parameter sweep", "A sample session", "Bargaining analysis", "Forecasts", "A will not accept a small swap" })
            {
                Assert.Contains(section, page, StringComparison.Ordinal);
            }

            var charts = ChartImage().Matches(page);
            Assert.Contains(charts, m => m.Groups["id"].Value == "probabilities");
            Assert.Contains(charts, m => m.Groups["id"].Value.StartsWith("tornado-", StringComparison.Ordinal));
            Assert.Contains(charts, m => m.Groups["id"].Value.StartsWith("sweep-", StringComparison.Ordinal));
            Assert.All(charts, m => Assert.True(Convert.FromBase64String(m.Groups["png"].Value).Length > 2000, $"chart {m.Groups["id"].Value} is empty"));

            // The browser decodes every chart (the page counts the images with a natural width on load).
            var dom = HeadlessChromium.DumpDom(html);
            var rendered = RenderedCount().Match(dom);
            Assert.True(rendered.Success, "the page did not report its rendered charts");
            Assert.Equal(charts.Count, int.Parse(rendered.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

            var screenshot = Path.Combine(dir.FullName, "report.png");
            HeadlessChromium.Screenshot(html, screenshot);
            var png = File.ReadAllBytes(screenshot);
            Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
            Assert.True(png.Length > 50_000, $"the screenshot is suspiciously small ({png.Length} bytes)");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [GeneratedRegex("<img data-chart=\"(?<id>[^\"]+)\"[^>]*src=\"data:image/png;base64,(?<png>[^\"]+)\"", RegexOptions.None, 1000)]
    private static partial Regex ChartImage();

    [GeneratedRegex("(src|href)=\"(https?:|//)", RegexOptions.None, 1000)]
    private static partial Regex ExternalResource();

    [GeneratedRegex("data-charts-rendered=\"(\\d+)\"", RegexOptions.None, 1000)]
    private static partial Regex RenderedCount();
}
