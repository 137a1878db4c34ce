using System.Globalization;
using System.Text;
using Simulator.Cli.Output.Charts;
using Simulator.Domain.Calibration;

namespace Simulator.Cli.Output.Report;

/// <summary>The calibration section (`sim report --calibrate N`): acceptance, the record item by item, and the parameters the record moved most.</summary>
internal static partial class ReportHtml
{
    private const int CalibrationCharts = 6;

    /// <summary>Writes the section for a calibration, or the reason there is none to trust.</summary>
    internal static void CalibrationSection(StringBuilder html, CalibrationResult? calibration, string? refusal)
    {
        if (calibration is null && refusal is null)
        {
            return;
        }

        html.Append("<h2>Calibration to the record</h2>\n<p class=\"note\">Rejection ABC, as <code>sim calibrate</code> runs it: every run draws the uncertain parameters from their declared ranges (the prior); the runs that reproduce the record (agreed or not on every recorded issue) are the posterior. Parameters are ranked by the Kolmogorov-Smirnov distance between prior and posterior; a move is a distance beyond chance and at least 0.05.</p>\n");
        if (refusal is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><b>No posterior to show:</b> {E(refusal)}</p>\n");
            return;
        }

        var c = calibration!;
        html.Append(CultureInfo.InvariantCulture, $"<p>{c.Accepted:N0} of {c.Runs:N0} runs reproduced the record ({E(CalibrationResult.Pct(c.AcceptanceRate, 2))}, 95% interval {E(CalibrationResult.Pct(c.AcceptanceLow, 2))} - {E(CalibrationResult.Pct(c.AcceptanceHigh, 2))}), seed {c.Seed}.</p>\n");
        foreach (var warning in c.Warnings())
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\"><b>Warning:</b> {E(warning)}</p>\n");
        }

        html.Append("<table>\n<tr><th>Recorded</th><th class=\"num\">Runs reproducing it</th></tr>\n");
        foreach (var r in c.Record)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(r.Item.Label)}</td><td class=\"num\">{E(CalibrationResult.Pct(r.Rate, 1))}</td></tr>\n");
        }

        html.Append("</table>\n<table>\n<tr><th>#</th><th>Parameter</th><th class=\"num\">Prior mean [90%]</th><th class=\"num\">Posterior mean [90%]</th><th class=\"num\">Shift (sd)</th><th class=\"num\">KS</th></tr>\n");
        foreach (var (p, k) in c.Parameters.Take(10).Select((p, k) => (p, k)))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"num\">{k + 1}</td><td><code>{E(p.Path)}</code><br><span class=\"note\"><i>{E(SourceText.Of(p.Parameter.Source))}</i></span></td><td class=\"num\">{E(Summary(p.Prior))}</td><td class=\"num\">{E(Summary(p.Posterior))}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{E(p.StandardShift.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture))}</td><td class=\"num\">{(p.Moved ? "<b>" : "")}{p.Distance:0.00}{(p.Moved ? "</b>" : "")}</td></tr>\n");
        }

        html.Append("</table>\n<div class=\"grid\">\n");
        foreach (var (p, k) in c.Parameters.Take(CalibrationCharts).Select((p, k) => (p, k)))
        {
            Chart(html, $"posterior-{k + 1}", PosteriorChart.Render(p, k + 1), $"{p.Path}: prior (grey) and posterior (red) share of runs per bin.");
        }

        html.Append("</div>\n");
    }

    private static string Summary(DistributionSummary s) =>
        string.Create(CultureInfo.InvariantCulture, $"{N(s.Mean)} [{N(s.Low)}, {N(s.High)}]");
}
