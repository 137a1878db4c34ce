using ScottPlot;
using Simulator.Domain.MonteCarlo;

namespace Simulator.Cli.Output.Charts;

/// <summary>Agreement probability per issue as horizontal bars with their 95% Wilson intervals, and what history recorded.</summary>
internal static class ProbabilityChart
{
    public static byte[] Render(ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var issues = result.Issues.Reverse().ToList();
        var plot = ChartStyle.NewPlot($"Agreement probability per issue ({result.Runs:N0} runs)", "agreement probability (%)", string.Empty);
        var bars = new List<Bar>();
        for (var r = 0; r < issues.Count; r++)
        {
            var i = issues[r];
            var p = i.AgreedProbability * 100;
            bars.Add(new Bar
            {
                Position = r,
                Value = p,
                FillColor = ChartStyle.ForIssue(result.Issues.Count - 1 - r),
                Size = 0.65,
                // The interval is asymmetric; the bar's error whisker shows its larger half, the table gives both ends.
                Error = Math.Max(p - (i.Interval.Low * 100), (i.Interval.High * 100) - p),
            });
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        var observed = issues.Select((issue, r) => (issue, r)).Where(x => x.issue.Observed is not null).ToList();
        if (observed.Count > 0)
        {
            double[] xs = [.. observed.Select(x => x.issue.Observed!.Agreed ? 100.0 : 0.0)];
            double[] ys = [.. observed.Select(x => (double)x.r)];
            var marks = plot.Add.ScatterPoints(xs, ys);
            marks.MarkerShape = MarkerShape.FilledDiamond;
            marks.MarkerSize = 12;
            marks.Color = Colors.Black;
            marks.LegendText = "what happened (agreed = 100, not = 0)";
            plot.ShowLegend(Alignment.LowerRight);
        }

        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, issues.Count).Select(r => (double)r)], [.. issues.Select(i => i.Label)]);
        plot.Axes.SetLimitsX(0, 105);
        return ChartStyle.Png(plot, 900, 140 + (44 * issues.Count));
    }
}
