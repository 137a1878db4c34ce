using ScottPlot;
using Simulator.Domain.Analysis.Toolkit;

namespace Simulator.Cli.Output.Charts;

/// <summary>
/// Sweep charts: for one axis, one line per issue with its 95% band across the grid; for two
/// axes, one heat map per issue (agreement probability over the grid).
/// </summary>
internal static class SweepChart
{
    /// <summary>The chart images (PNG) with a caption each: one for a line sweep, one per issue for a heat map.</summary>
    public static IReadOnlyList<(string Caption, byte[] Png)> Render(SweepResult sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        return sweep.Axes.Count == 1 ? [Lines(sweep)] : [.. HeatMaps(sweep)];
    }

    private static (string, byte[]) Lines(SweepResult sweep)
    {
        var axis = sweep.Axes[0];
        var plot = ChartStyle.NewPlot("Agreement probability per issue", axis.Path, "agreement probability (%)");
        var xs = sweep.Points.Select(p => p.Values[0]).ToArray();
        var issues = sweep.Points[0].Result.Issues;
        for (var i = 0; i < issues.Count; i++)
        {
            var k = i;
            var colour = ChartStyle.ForIssue(i);
            var band = plot.Add.FillY(
                xs,
                [.. sweep.Points.Select(p => p.Result.Issues[k].Interval.Low * 100)],
                [.. sweep.Points.Select(p => p.Result.Issues[k].Interval.High * 100)]);
            band.FillColor = colour.WithAlpha(0.15);
            band.LineWidth = 0;
            var line = plot.Add.Scatter(xs, [.. sweep.Points.Select(p => p.Result.Issues[k].AgreedProbability * 100)]);
            line.Color = colour;
            line.LineWidth = 2.5f;
            line.MarkerSize = 5;
            line.LegendText = issues[i].Label;
        }

        plot.Axes.SetLimitsY(-3, 103);
        plot.ShowLegend(Edge.Right);
        return ($"Agreement probability per issue across {axis.Path} (shaded: 95% interval), {sweep.RunsPerPoint:N0} runs per point", ChartStyle.Png(plot, 1000, 500));
    }

    private static IEnumerable<(string, byte[])> HeatMaps(SweepResult sweep)
    {
        var (xAxis, yAxis) = (sweep.Axes[0], sweep.Axes[1]);
        var xs = xAxis.Values();
        var ys = yAxis.Values();
        var issues = sweep.Points[0].Result.Issues;
        for (var i = 0; i < issues.Count; i++)
        {
            // Rows run top to bottom in a heat map: the highest y value goes in row 0.
            var grid = new double[ys.Count, xs.Count];
            for (var xi = 0; xi < xs.Count; xi++)
            {
                for (var yi = 0; yi < ys.Count; yi++)
                {
                    grid[ys.Count - 1 - yi, xi] = sweep.Points[(xi * ys.Count) + yi].Result.Issues[i].AgreedProbability * 100;
                }
            }

            var plot = ChartStyle.NewPlot($"{issues[i].Label}: agreement probability (%)", xAxis.Path, yAxis.Path);
            var map = plot.Add.Heatmap(grid);
            map.Colormap = new ScottPlot.Colormaps.Viridis();
            map.ManualRange = new ScottPlot.Range(0, 100);
            var dx = (xAxis.To - xAxis.From) / (xAxis.Steps - 1);
            var dy = (yAxis.To - yAxis.From) / (yAxis.Steps - 1);
            var cells = new CoordinateRect(xAxis.From - (dx / 2), xAxis.To + (dx / 2), yAxis.From - (dy / 2), yAxis.To + (dy / 2));
            map.Rectangle = cells;
            plot.Add.ColorBar(map).Label = "agreement probability (%)";
            plot.Axes.SetLimits(cells.Left, cells.Right, cells.Bottom, cells.Top);
            yield return ($"{issues[i].Label}: agreement probability over {xAxis.Path} x {yAxis.Path}", ChartStyle.Png(plot, 700, 520));
        }
    }
}
