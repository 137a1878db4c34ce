using ScottPlot;
using Simulator.Cli.Commands;
using Simulator.Domain.Forecasting;

namespace Simulator.Cli.Output;

/// <summary>
/// Trajectory charts for `sim forecast --chart FILE.png`: one panel per issue, one line per actor,
/// position (0-100) against turn or round. Rendered headless with ScottPlot.
/// </summary>
internal static class ForecastChart
{
    private const int Width = 1000;
    private const int PanelHeight = 360;

    public static void SaveSmp(string path, SmpResult result)
    {
        var input = result.Input;
        var turns = result.States.Select(s => (double)s.Index).ToArray();
        Save(path, input, "turn", d => Enumerable.Range(0, input.ActorCount)
            .Select(i => (input.Actors[i].Name, turns, result.States.Select(s => s.Positions[i][d]).ToArray())));
    }

    public static void SaveBdm(string path, ForecastInput input, IReadOnlyList<BdmResult> results)
    {
        Save(path, input, "round", d =>
        {
            var rounds = results[d].Rounds.Select(r => (double)r.Index).ToArray();
            return Enumerable.Range(0, input.ActorCount)
                .Select(i => (input.Actors[i].Name, rounds, results[d].Rounds.Select(r => r.Positions[i]).ToArray()));
        });
    }

    private static void Save(string path, ForecastInput input, string xLabel, Func<int, IEnumerable<(string Name, double[] X, double[] Y)>> series)
    {
        if (!path.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
        {
            throw new UserInputException($"--chart writes a PNG; give a file name ending in .png, not '{path}'.");
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new UserInputException($"--chart: the folder '{directory}' does not exist.");
        }

        var multiplot = new ScottPlot.Multiplot();
        for (var d = 0; d < input.DimensionCount; d++)
        {
            // A new Multiplot already holds one empty plot: use it for the first issue.
            var plot = d < multiplot.Count() ? multiplot.GetPlot(d) : multiplot.AddPlot();
            foreach (var (name, x, y) in series(d))
            {
                var line = plot.Add.Scatter(x, y);
                line.LegendText = input.ActorCount <= 20 ? name : string.Empty;
            }

            plot.Title($"{input.Title}: {input.DimensionNames[d]}");
            plot.XLabel(xLabel);
            plot.YLabel("position (0-100)");
            plot.Axes.SetLimitsY(-2, 102);
            if (input.ActorCount <= 20)
            {
                plot.ShowLegend(ScottPlot.Edge.Right);
            }
        }

        AtomicFile.WriteBytes(path, multiplot.Render(Width, PanelHeight * input.DimensionCount).GetImageBytes(ScottPlot.ImageFormat.Png));
    }
}
