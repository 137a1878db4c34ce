using ScottPlot;
using Simulator.Domain.Analysis.Toolkit;

namespace Simulator.Cli.Output.Charts;

/// <summary>
/// A tornado chart for one issue: the issue's drivers in the table's order (first at the top), each
/// a bar from the baseline probability to the probability with the parameter at the bottom of its
/// range and one to the top, with the 95% Wilson interval of each end as an error bar. An issue that
/// no parameter moves beyond noise gets an empty chart that says so.
/// </summary>
internal static class TornadoChart
{
    public static byte[] Render(SensitivityReport report, int issueIndex)
    {
        ArgumentNullException.ThrowIfNull(report);
        var issue = report.Issues[issueIndex];
        // The table lists the first driver first; the chart's first row is at the bottom, so reverse.
        var rows = Rows(report, issueIndex).Reverse().ToList();
        var title = rows.Count == 0
            ? $"{issue.Label}: no uncertain parameter moves it beyond noise"
            : $"{issue.Label}: one-at-a-time effects (bars: 95% intervals)";
        var plot = ChartStyle.NewPlot(title, "agreement probability (%)", string.Empty);
        var baseline = issue.Baseline * 100;
        var low = new List<Bar>();
        var high = new List<Bar>();
        for (var r = 0; r < rows.Count; r++)
        {
            var d = rows[r];
            low.Add(new Bar { Position = r - 0.18, ValueBase = baseline, Value = d.AtLow * 100, FillColor = Color.FromHex("#4c78a8"), Size = 0.34 });
            high.Add(new Bar { Position = r + 0.18, ValueBase = baseline, Value = d.AtHigh * 100, FillColor = Color.FromHex("#f58518"), Size = 0.34 });
        }

        if (rows.Count > 0)
        {
            var lowBars = plot.Add.Bars(low);
            lowBars.Horizontal = true;
            lowBars.LegendText = "parameter at the bottom of its range";
            var highBars = plot.Add.Bars(high);
            highBars.Horizontal = true;
            highBars.LegendText = "parameter at the top of its range";
            AddErrors(plot, rows, -0.18, d => d.AtLow, d => d.AtLowInterval);
            AddErrors(plot, rows, 0.18, d => d.AtHigh, d => d.AtHighInterval);
        }

        var line = plot.Add.VerticalLine(baseline);
        line.Color = Colors.Black;
        line.LinePattern = LinePattern.Dashed;
        line.LegendText = $"baseline {baseline:0}%";
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, rows.Count).Select(r => (double)r)], [.. rows.Select(p => SweepTable.Short(p.Path))]);
        plot.Axes.SetLimitsX(0, 100);
        plot.Axes.SetLimitsY(-0.7, Math.Max(rows.Count, 1) - 0.3);
        plot.ShowLegend(Edge.Bottom);
        return ChartStyle.Png(plot, 900, 170 + (44 * Math.Max(rows.Count, 3)));
    }

    /// <summary>The drivers the chart shows, top row first: the table's drivers in the table's order.</summary>
    public static IReadOnlyList<Driver> Rows(SensitivityReport report, int issueIndex)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Issues[issueIndex].Drivers;
    }

    private static void AddErrors(Plot plot, List<Driver> rows, double offset, Func<Driver, double> value, Func<Driver, IntervalEstimate?> interval)
    {
        var xs = rows.Select(d => value(d) * 100).ToList();
        var ys = rows.Select((_, r) => r + offset).ToList();
        var minus = rows.Select(d => interval(d) is { } i ? (value(d) - i.Low) * 100 : 0).ToList();
        var plus = rows.Select(d => interval(d) is { } i ? (i.High - value(d)) * 100 : 0).ToList();
        var zeros = rows.Select(_ => 0.0).ToList();
        var errors = new ScottPlot.Plottables.ErrorBar(xs, ys, xErrorsNegative: minus, xErrorsPositive: plus, yErrorsNegative: zeros, yErrorsPositive: zeros)
        {
            Color = Colors.Black,
            LineWidth = 1.5f,
        };
        plot.Add.Plottable(errors);
    }
}
