using ScottPlot;
using Simulator.Domain.Calibration;

namespace Simulator.Cli.Output.Charts;

/// <summary>
/// Prior against posterior for one parameter: two histograms over the parameter's declared range,
/// each as the share of its runs per bin, so a record that moves the parameter shows as the
/// posterior bars leaving the prior's.
/// </summary>
internal static class PosteriorChart
{
    public static byte[] Render(ParameterPosterior parameter, int rank)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        var plot = ChartStyle.NewPlot($"#{rank} {parameter.Path}", "value", "share of runs (%)");
        var width = (parameter.Max - parameter.Min) / ParameterPosterior.HistogramBins;
        plot.Add.Bars(Bars(parameter.PriorHistogram, parameter.Min, width, Color.FromHex("#9e9e9e"), 0.9)).LegendText = "prior (every run)";
        plot.Add.Bars(Bars(parameter.PosteriorHistogram, parameter.Min, width, Color.FromHex("#d62728").WithAlpha(0.75), 0.55)).LegendText = "posterior (runs that reproduce the record)";
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Edge.Bottom);
        return ChartStyle.Png(plot, ChartStyle.Width, 420);
    }

    private static List<Bar> Bars(IReadOnlyList<long> counts, double min, double width, Color color, double size)
    {
        var total = Math.Max(1, counts.Sum());
        return [.. counts.Select((c, b) => new Bar
        {
            Position = min + (width * (b + 0.5)),
            Value = 100.0 * c / total,
            FillColor = color,
            LineWidth = 0,
            Size = width * size,
        })];
    }
}
