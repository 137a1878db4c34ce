using System.Globalization;
using System.Text.Json;
using Simulator.Cli.Output.Charts;
using Simulator.Domain.Analysis.Toolkit;

namespace Simulator.Cli.Tests;

/// <summary>`sim sensitivity` with few runs per probe: every figure has its interval, noise is not ranked, and the chart follows the table.</summary>
public sealed class SensitivityIntervalTests
{
    private const string Synthetic = "tests/Simulator.Cli.Tests/Scenarios/decisive-red-line.yaml";
    private const string RedLine = "parties.a.stances.swap.redLine.min";

    [Fact]
    public void Every_driver_in_the_json_has_intervals_and_only_parameters_beyond_noise_are_ranked()
    {
        var result = SimCli.Run("sensitivity", Synthetic, "--runs", "30", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Contains("Wilson", doc.RootElement.GetProperty("intervals").GetString()!, StringComparison.Ordinal);
        var beyond = doc.RootElement.GetProperty("parameters").EnumerateArray()
            .Where(p => p.GetProperty("effects")[0].GetProperty("beyondNoise").GetBoolean())
            .Select(p => p.GetProperty("path").GetString())
            .ToHashSet();
        var drivers = doc.RootElement.GetProperty("issues")[0].GetProperty("drivers").EnumerateArray().ToList();
        Assert.Equal(RedLine, drivers[0].GetProperty("path").GetString());
        foreach (var d in drivers)
        {
            Assert.Contains(d.GetProperty("path").GetString(), beyond);
            var swing = d.GetProperty("swingInterval");
            Assert.InRange(d.GetProperty("swing").GetDouble(), swing.GetProperty("low").GetDouble(), swing.GetProperty("high").GetDouble());
            var index = d.GetProperty("indexInterval");
            Assert.InRange(d.GetProperty("firstOrderIndex").GetDouble(), index.GetProperty("low").GetDouble(), index.GetProperty("high").GetDouble());
        }
    }

    [Fact]
    public void The_table_prints_intervals_and_says_plainly_when_nothing_moves_an_outcome()
    {
        var result = SimCli.Run("sensitivity", "scenarios/istanbul-2025-05-16.yaml", "--runs", "10", "--top", "3", "--in-process");
        Assert.Equal(0, result.ExitCode);
        var text = result.Out.ReplaceLineEndings(" ");
        Assert.Contains("No uncertain parameter moves this outcome beyond noise (10 runs per probe).", string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.DoesNotContain(" 0.00 │", text, StringComparison.Ordinal);

        var synthetic = SimCli.Run("sensitivity", Synthetic, "--runs", "30");
        Assert.Equal(0, synthetic.ExitCode);
        Assert.Contains("Sobol S1 (95%)", synthetic.Out, StringComparison.Ordinal);
        Assert.Matches(@"\d\.\d\d \(\d\.\d\d–\d\.\d\d\)", synthetic.Out);
    }

    [Fact]
    public void The_tornado_shows_the_tables_drivers_in_the_tables_order_even_when_swing_and_index_disagree()
    {
        // Parameter "a" has the larger index, "b" the larger swing: the table ranks a first, and so must the chart.
        var report = new SensitivityReport("s", 100, 1, 4, "m", [], [new IssueDrivers("deal", "Deal", 0.5,
        [
            new Driver(1, "a", 0.6, 0.3, null, new IntervalEstimate(0.4, 0.8), new IntervalEstimate(0.1, 0.5), 0.4, 0.7, new IntervalEstimate(0.3, 0.5), new IntervalEstimate(0.6, 0.8)),
            new Driver(2, "b", 0.2, -0.5, null, new IntervalEstimate(0.1, 0.4), new IntervalEstimate(-0.7, -0.3), 0.8, 0.3, new IntervalEstimate(0.7, 0.9), new IntervalEstimate(0.2, 0.4)),
        ])], "intervals");

        Assert.Equal(["a", "b"], TornadoChart.Rows(report, 0).Select(d => d.Path));
        var png = TornadoChart.Render(report, 0);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
    }

    [Fact]
    public void Sensitivity_csv_carries_every_interval()
    {
        var result = SimCli.Run("sensitivity", Synthetic, "--runs", "20", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        var header = result.Out.Split('\n')[0];
        foreach (var column in new[] { "swingLow", "swingHigh", "indexLow", "indexHigh", "atLowLow", "atHighHigh", "beyondNoise" })
        {
            Assert.Contains(column, header, StringComparison.Ordinal);
        }

        // The interval columns come last (a quote before them may hold commas): swingLow is fifth from the end.
        var row = result.Out.Split('\n')[1].TrimEnd('\r').Split(',');
        Assert.Equal("beyondNoise", header.TrimEnd('\r').Split(',')[^1]);
        Assert.True(double.TryParse(row[^5], NumberStyles.Float, CultureInfo.InvariantCulture, out _), result.Out.Split('\n')[1]);
    }
}
