using System.Globalization;
using ScottPlot;
using Simulator.Domain.Scoring;

namespace Simulator.Cli.Output.Charts;

/// <summary>
/// The reliability diagram of `sim score`: per probability bin the mean predicted probability
/// against the share history agreed, each point labelled with its number of issues, beside the
/// diagonal a perfectly calibrated model would lie on.
/// </summary>
internal static class CalibrationChart
{
    public static byte[] Render(ScoreCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var plot = ChartStyle.NewPlot(
            string.Create(CultureInfo.InvariantCulture, $"Calibration: {card.Issues} issues, Brier {card.Brier:0.000}, accuracy {card.Accuracy:0.#%}"),
            "predicted probability of agreement",
            "share agreed in the record");
        var diagonal = plot.Add.Line(0, 0, 1, 1);
        diagonal.LinePattern = LinePattern.Dashed;
        diagonal.Color = Colors.Gray;
        diagonal.LegendText = "perfect calibration";

        var filled = card.Calibration.Where(b => b.Count > 0).ToList();
        if (filled.Count > 0)
        {
            double[] xs = [.. filled.Select(b => b.MeanProbability!.Value)];
            double[] ys = [.. filled.Select(b => b.ObservedFrequency!.Value)];
            var points = plot.Add.Scatter(xs, ys);
            points.MarkerShape = MarkerShape.FilledCircle;
            points.MarkerSize = 11;
            points.LineWidth = 1.5f;
            points.Color = ChartStyle.ForIssue(0);
            points.LegendText = "the model (mean per bin of width 0.1)";
            foreach (var b in filled)
            {
                var label = plot.Add.Text($"n={b.Count}", b.MeanProbability!.Value, b.ObservedFrequency!.Value);
                label.LabelFontSize = 13;
                label.OffsetX = 8;
                label.OffsetY = -8;
            }
        }

        plot.Axes.SetLimits(-0.03, 1.08, -0.05, 1.08);
        plot.ShowLegend(Alignment.UpperLeft);
        return ChartStyle.Png(plot, 720, 620);
    }
}
