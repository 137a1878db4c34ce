using System.Globalization;
using System.Text;
using Simulator.Cli.Output.Charts;
using Simulator.Domain.Engine;

namespace Simulator.Cli.Output.Report;

/// <summary>The sensitivity analysis, the sweep, the sample transcript and the method notes.</summary>
internal static partial class ReportHtml
{
    /// <summary>Lines of the sample session shown (a session of the round limit fits; the page stays bounded).</summary>
    private const int TranscriptLines = 400;

    private static void Sensitivity(StringBuilder html, ReportContent content)
    {
        if (content.Sensitivity is not { } report)
        {
            return;
        }

        html.Append("<h2>What drives each outcome</h2>\n")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"note\">Each of the {report.Parameters.Count} uncertain parameters was held at the bottom and at the top of its declared range, and at the middle of each of {report.Bins} equally likely slices of it, with every other parameter sampled as usual ({report.RunsPerProbe:N0} runs each). <b>S1</b> is the first-order Sobol index: the share of the outcome's variance this parameter explains on its own (0 = none, 1 = all). <b>Swing</b> is the change in agreement probability from the bottom to the top of the range. Only parameters that move an outcome beyond Monte Carlo noise are listed; {E(report.Intervals ?? string.Empty)}</p>\n");
        for (var k = 0; k < report.Issues.Count; k++)
        {
            var issue = report.Issues[k];
            html.Append(CultureInfo.InvariantCulture, $"<h3>{E(issue.Label)} <span class=\"note\">(baseline {P(issue.Baseline)})</span></h3>\n");
            if (issue.Drivers.Count == 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{E(issue.Note ?? string.Empty)}</p>\n");
                continue;
            }

            html.Append("<table>\n<tr><th class=\"num\">#</th><th>Parameter</th><th class=\"num\">S1 (95%)</th><th class=\"num\">Swing (95%)</th><th>Source</th></tr>\n");
            foreach (var d in issue.Drivers)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"num\">{d.Rank}</td><td>{E(d.Path)}</td><td class=\"num\">{E(SensitivityTable.Index(d))}</td><td class=\"num\">{E(SensitivityTable.Swing(d))}</td><td class=\"quote\">{E(SourceText.Of(d.Source))}</td></tr>\n");
            }

            html.Append("</table>\n");
            Chart(html, $"tornado-{issue.Issue}", TornadoChart.Render(report, k), $"{issue.Label}: agreement probability with each parameter at the bottom (blue) and top (orange) of its range, with 95% intervals, in the table's order; dashed: baseline.");
        }
    }

    private static void Sweep(StringBuilder html, ReportContent content)
    {
        if (content.Sweep is not { } sweep)
        {
            return;
        }

        html.Append("<h2>Parameter sweep</h2>\n")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{E(string.Join(" and ", sweep.Axes.Select(a => $"{a.Path} from {N(a.From)} to {N(a.To)} in {a.Steps} steps")))}, each swept value held fixed in every run, {sweep.RunsPerPoint:N0} runs per point.</p>\n");
        var charts = SweepChart.Render(sweep);
        if (charts.Count > 1)
        {
            html.Append("<div class=\"grid\">\n");
        }

        for (var c = 0; c < charts.Count; c++)
        {
            Chart(html, $"sweep-{c}", charts[c].Png, charts[c].Caption);
        }

        if (charts.Count > 1)
        {
            html.Append("</div>\n");
        }
    }

    private static void Transcript(StringBuilder html, ReportContent content)
    {
        // The values drawn for the run come first (one line per uncertain parameter, often more lines
        // than the rounds): they fold away, so the page shows the session itself.
        var lines = content.SampleTranscript.TrimEnd('\n').Split('\n');
        // A shared chair's sentence may open the transcript, before the drawn values: it stays with the session.
        var firstRound = Array.FindIndex(lines, l => l.StartsWith("Round ", StringComparison.Ordinal));
        var drawnStart = Array.FindIndex(lines, l => l.StartsWith(DrawnValues.Heading, StringComparison.Ordinal));
        var hasDrawn = drawnStart >= 0 && firstRound > drawnStart;
        var drawn = hasDrawn ? lines[drawnStart..firstRound] : [];
        var session = hasDrawn ? [.. lines[..drawnStart], .. lines[firstRound..]] : lines;
        var shown = string.Join('\n', session.Take(TranscriptLines));
        html.Append("<h2>A sample session</h2>\n<p class=\"note\">Run 0 of the experiment replayed round by round (as <code>sim explain --run 0</code> prints it): each draft text, each party's answer and reasons, what was split off, and why the talks ended.</p>\n");
        if (drawn.Length > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<details><summary>{E(drawn[0].TrimEnd(':'))} ({drawn.Length - 1} values)</summary><pre>{E(string.Join('\n', drawn[1..]))}</pre></details>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<pre>{E(shown)}{(session.Length > TranscriptLines ? "\n…" : string.Empty)}</pre>\n");
    }

    private static void Notes(StringBuilder html)
    {
        html.Append("<footer>Generated by <code>sim report</code>. Intervals are 95% Wilson score intervals. ")
                        .Append("Every run draws its parameters from its own seeded stream, so the same scenario, runs and seed give the same report.</footer>\n");
    }
}
