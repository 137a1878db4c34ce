using ScottPlot;
using Simulator.Domain.MonteCarlo;

namespace Simulator.Cli.Output.Charts;

/// <summary>The distribution of an issue's agreed value over the runs that agreed it (in the issue's unit where it has one).</summary>
internal static class AgreedValueChart
{
    public static byte[]? Render(IssueResult issue, int colourIndex)
    {
        ArgumentNullException.ThrowIfNull(issue);
        if (issue.AgreedValues is not { } values)
        {
            return null;
        }

        var xLabel = issue.Unit is { } unit ? $"agreed value ({unit})" : "agreed value (0-100 scale)";
        var plot = ChartStyle.NewPlot($"{issue.Label}: agreed values ({issue.AgreedRuns:N0} runs)", xLabel, "runs");
        var span = Math.Max(values.Max - values.Min, 1e-9);
        // Group the exact-value histogram into at most 30 bins so the shape is visible.
        var binCount = Math.Min(30, values.Histogram.Count);
        var width = binCount <= 1 ? 1 : span / binCount;
        var counts = new double[Math.Max(binCount, 1)];
        foreach (var bin in values.Histogram)
        {
            var b = binCount <= 1 ? 0 : Math.Min(binCount - 1, (int)((bin.Value - values.Min) / width));
            counts[b] += bin.Count;
        }

        var bars = counts.Select((c, b) => new Bar
        {
            Position = binCount <= 1 ? values.Min : values.Min + ((b + 0.5) * width),
            Value = c,
            Size = binCount <= 1 ? Math.Max(1, Math.Abs(values.Min) * 0.05) : width * 0.9,
            FillColor = ChartStyle.ForIssue(colourIndex),
        }).ToList();
        plot.Add.Bars(bars);
        var median = plot.Add.VerticalLine(values.Median);
        median.Color = Colors.Black;
        median.LinePattern = LinePattern.Dashed;
        median.LegendText = $"median {values.Median:G4}";
        if (issue.Observed?.Value is { } observed)
        {
            var seen = plot.Add.VerticalLine(observed);
            seen.Color = Colors.Red;
            seen.LegendText = $"observed {observed:G4}";
        }

        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Alignment.UpperLeft);
        return ChartStyle.Png(plot, 620, 360);
    }
}
