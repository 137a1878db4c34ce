using System.Globalization;
using System.Text;
using Simulator.Cli.Output.Charts;
using Simulator.Domain.Calibration;
using Simulator.Domain.Scenarios;
using Simulator.Domain.Series;

namespace Simulator.Cli.Output.Report;

/// <summary>The report page of a series: the record round by round, each round's outcome probabilities, a sample run, and the calibration when asked.</summary>
internal static partial class ReportHtml
{
    /// <param name="words">Each round's wording (names and labels for its ids), in the rounds' order.</param>
    public static string BuildSeries(SeriesResult result, IReadOnlyList<ScenarioWording> words, string sampleTranscript, CalibrationResult? calibration, string? calibrationRefusal)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(sampleTranscript);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append(CultureInfo.InvariantCulture, $"<title>{E(result.Title)}: series report</title>\n<style>{Css}</style>\n</head>\n<body>\n<main>\n");
        html.Append(CultureInfo.InvariantCulture, $"<header>\n<h1>{E(result.Title)}</h1>\n<ul class=\"facts\">\n");
        Fact(html, "series", result.Series);
        Fact(html, "rounds", string.Join(", ", result.Rounds.Select(r => r.Id)));
        Fact(html, "Monte Carlo", $"{result.Runs:N0} runs of the whole series, seed {result.Seed}");
        Fact(html, "every round's record", $"{CalibrationResult.Pct(result.RecordMatchedShare, 1)} of runs");
        html.Append("</ul>\n</header>\n");

        html.Append("<h2>The record, round by round</h2>\n<p class=\"note\">The share of runs whose round reproduced that round's record (agreed or not on each recorded issue), and the share that reproduced every round's.</p>\n<table>\n<tr><th>Round</th><th>Scenario</th><th class=\"num\">Days after the previous</th><th class=\"num\">Runs reproducing its record</th></tr>\n");
        foreach (var r in result.Rounds)
        {
            var days = r.DaysAfterPrevious is { } d ? d.ToString("0", CultureInfo.InvariantCulture) : "-";
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(r.Id)}</td><td><code>{E(r.ScenarioFile)}</code></td><td class=\"num\">{days}</td><td class=\"num\">{(r.RecordItems > 0 ? E(CalibrationResult.Pct(r.RecordMatchedShare, 1)) : "-")}</td></tr>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<tr><td><b>every round</b></td><td></td><td></td><td class=\"num\"><b>{E(CalibrationResult.Pct(result.RecordMatchedShare, 1))}</b> ({E(CalibrationResult.Pct(result.RecordMatchedLow, 1))} - {E(CalibrationResult.Pct(result.RecordMatchedHigh, 1))})</td></tr>\n</table>\n");

        foreach (var (round, k) in result.Rounds.Select((r, k) => (r, k)))
        {
            var r = round.Result;
            html.Append(CultureInfo.InvariantCulture, $"<h2>Round {k + 1}: {E(round.Id)}</h2>\n<p class=\"note\">{E(r.Title)}; {r.MeanRounds:0.0} drafting rounds, {r.MeanMinutes:0} minutes on average.</p>\n");
            html.Append("<table>\n<tr><th>Issue</th><th class=\"num\">Agreed</th><th class=\"num\">95% interval</th><th class=\"num\">Median agreed value</th><th>Observed</th><th>Most frequent blocker</th></tr>\n");
            foreach (var i in r.Issues)
            {
                var value = i.AgreedValues is { } v ? $"{v.Median.ToString(i.Unit is null ? "0.#" : "N0", CultureInfo.InvariantCulture)}{(i.Unit is { } u ? " " + u : string.Empty)}" : "-";
                var observed = Observed(i);
                var blocker = i.Blockers.Count > 0 ? $"{E(words[k].Text(i.Blockers[0].Explanation))} ({P(i.Blockers[0].Share)} of failures)" : "-";
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(i.Label)}</td><td class=\"num\"><b>{P(i.AgreedProbability)}</b></td><td class=\"num\">{P(i.Interval.Low)} - {P(i.Interval.High)}</td><td class=\"num\">{E(value)}</td><td>{observed}</td><td>{blocker}</td></tr>\n");
            }

            html.Append("</table>\n");
            Chart(html, $"probabilities-{round.Id}", ProbabilityChart.Render(r), $"{round.Id}: agreement probability per issue; diamonds: what happened.");
        }

        CalibrationSection(html, calibration, calibrationRefusal);
        var lines = sampleTranscript.Split('\n');
        html.Append("<h2>A sample run of the series</h2>\n<p class=\"note\">Run 0 replayed round after round, as <code>sim explain SERIES --run 0</code> prints it, with what carried over into each round.</p>\n")
            .Append(CultureInfo.InvariantCulture, $"<pre>{E(string.Join('\n', lines.Take(3 * TranscriptLines)))}{(lines.Length > 3 * TranscriptLines ? "\n…" : string.Empty)}</pre>\n");
        Notes(html);
        html.Append("</main>\n")
            .Append("<script>window.addEventListener('load',function(){var n=0;document.querySelectorAll('img[data-chart]').forEach(function(i){if(i.complete&&i.naturalWidth>0){n++;}});document.body.setAttribute('data-charts-rendered',String(n));});</script>\n")
            .Append("</body>\n</html>\n");
        return html.ToString();
    }
}
