using ScottPlot;
using Simulator.Domain.Analysis.Toolkit;

namespace Simulator.Cli.Output.Charts;

/// <summary>
/// A tornado chart for one issue: for the parameters with the largest one-at-a-time swings, a bar
/// from the baseline probability to the probability with the parameter at the bottom of its range
/// and one to the top, widest at the top of the chart.
/// </summary>
internal static class TornadoChart
{
    public const int Bars = 10;

    public static byte[] Render(SensitivityReport report, int issueIndex)
    {
        ArgumentNullException.ThrowIfNull(report);
        var issue = report.Issues[issueIndex];
        var rows = report.Parameters
            .Where(p => p.Effects[issueIndex].Swing != 0)
            .OrderByDescending(p => Math.Abs(p.Effects[issueIndex].Swing))
            .ThenBy(p => p.Path, StringComparer.Ordinal)
            .Take(Bars)
            .Reverse()
            .ToList();
        var plot = ChartStyle.NewPlot($"{issue.Label}: one-at-a-time effects", "agreement probability (%)", string.Empty);
        var baseline = issue.Baseline * 100;
        var low = new List<Bar>();
        var high = new List<Bar>();
        for (var r = 0; r < rows.Count; r++)
        {
            var e = rows[r].Effects[issueIndex];
            low.Add(new Bar { Position = r, ValueBase = baseline, Value = e.AtLow * 100, FillColor = Color.FromHex("#4c78a8"), Size = 0.7 });
            high.Add(new Bar { Position = r, ValueBase = baseline, Value = e.AtHigh * 100, FillColor = Color.FromHex("#f58518"), Size = 0.7 });
        }

        var lowBars = plot.Add.Bars(low);
        lowBars.Horizontal = true;
        lowBars.LegendText = "parameter at the bottom of its range";
        var highBars = plot.Add.Bars(high);
        highBars.Horizontal = true;
        highBars.LegendText = "parameter at the top of its range";
        var line = plot.Add.VerticalLine(baseline);
        line.Color = Colors.Black;
        line.LinePattern = LinePattern.Dashed;
        line.LegendText = $"baseline {baseline:0}%";
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, rows.Count).Select(r => (double)r)], [.. rows.Select(p => SweepTable.Short(p.Path))]);
        plot.Axes.SetLimitsX(0, 100);
        plot.Axes.Margins(left: 0.02, right: 0.02);
        plot.ShowLegend(Edge.Bottom);
        return ChartStyle.Png(plot, 900, 170 + (36 * Math.Max(rows.Count, 3)));
    }
}
