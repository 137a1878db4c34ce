using System.Globalization;
using System.Text;
using Simulator.Cli.Output.Charts;
using Simulator.Domain.Scenarios;

namespace Simulator.Cli.Output.Report;

/// <summary>The scenario summary, the outcomes and the parties.</summary>
internal static partial class ReportHtml
{
    private static void Header(StringBuilder html, ReportContent content)
    {
        var s = content.Scenario;
        var r = content.Result;
        html.Append(CultureInfo.InvariantCulture, $"<header>\n<h1>{E(s.Title)}</h1>\n");
        if (s.Description is { } description)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"lead\">{E(description)}</p>\n");
        }

        var chair = s.Protocol.ChairIds.Count == 0 ? "none" : string.Join(" and ", s.Protocol.ChairIds.Select(id => s.Party(id).Name));
        html.Append("<ul class=\"facts\">\n");
        Fact(html, "scenario", s.Id);
        Fact(html, "parties", $"{s.Parties.Count(p => p.Role == PartyRole.Principal)} at the table, chair: {chair}, {s.Parties.Count(p => p.Role == PartyRole.Patron)} outside");
        Fact(html, "issues", s.Issues.Count.ToString(CultureInfo.InvariantCulture));
        Fact(html, "Monte Carlo", $"{r.Runs:N0} runs, seed {r.Seed}");
        Fact(html, "mean length", $"{r.MeanRounds:0.0} rounds, {r.MeanMinutes:0} minutes");
        html.Append("</ul>\n</header>\n");
    }

    private static void Fact(StringBuilder html, string label, string value) =>
        html.Append(CultureInfo.InvariantCulture, $"<li><b>{E(label)}</b>{E(value)}</li>\n");

    private static void Outcomes(StringBuilder html, ReportContent content)
    {
        var r = content.Result;
        var words = new ScenarioWording(content.Scenario);
        html.Append("<h2>Outcome probabilities</h2>\n<p class=\"note\">How often each issue was agreed across the runs, with its 95% Wilson interval; the agreed value is the median over the runs that agreed it; the blocker is what most often stopped it.</p>\n");
        html.Append("<table>\n<tr><th>Issue</th><th class=\"num\">Agreed</th><th class=\"num\">95% interval</th><th></th><th class=\"num\">Median agreed value</th><th>Observed</th><th>Most frequent blocker</th></tr>\n");
        foreach (var i in r.Issues)
        {
            var value = i.AgreedValues is { } v ? $"{v.Median.ToString(i.Unit is null ? "0.#" : "N0", CultureInfo.InvariantCulture)}{(i.Unit is { } u ? " " + u : string.Empty)}" : "-";
            var observed = Observed(i);
            var blocker = i.Blockers.Count > 0 ? $"{E(words.Text(i.Blockers[0].Explanation))} ({P(i.Blockers[0].Share)} of failures)" : "-";
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(i.Label)}</td><td class=\"num\"><b>{P(i.AgreedProbability)}</b></td><td class=\"num\">{P(i.Interval.Low)} - {P(i.Interval.High)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td><div class=\"bar\"><span style=\"left:{i.Interval.Low * 100:0.#}%;width:{(i.Interval.High - i.Interval.Low) * 100:0.#}%\"></span><i style=\"left:calc({i.AgreedProbability * 100:0.#}% - 1px)\"></i></div></td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{E(value)}</td><td>{observed}</td><td>{blocker}</td></tr>\n");
        }

        html.Append("</table>\n");
        Chart(html, "probabilities", ProbabilityChart.Render(r), "Agreement probability per issue; whiskers: the larger half of the 95% interval; diamonds: what happened on the day.");
        var distributions = r.Issues.Select((issue, k) => (issue, png: AgreedValueChart.Render(issue, k))).Where(x => x.png is not null).ToList();
        if (distributions.Count > 0)
        {
            html.Append("<h3>Agreed values</h3>\n<div class=\"grid\">\n");
            foreach (var (issue, png) in distributions)
            {
                Chart(html, $"values-{issue.Id}", png!, $"{issue.Label}: where the runs that agreed it settled.");
            }

            html.Append("</div>\n");
        }

        html.Append("<h3>Most frequent outcome patterns</h3>\n<table>\n<tr><th>Issues agreed together</th><th class=\"num\">Share of runs</th></tr>\n");
        foreach (var pattern in r.Patterns.Take(6))
        {
            var agreed = pattern.Agreed.Count == 0 ? "nothing agreed" : string.Join(", ", pattern.Agreed.Select(id => content.Scenario.Issues.FirstOrDefault(i => i.Id == id)?.Label ?? id));
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(agreed)}</td><td class=\"num\">{P(pattern.Probability)}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Parties(StringBuilder html, ReportContent content)
    {
        var s = content.Scenario;
        html.Append("<h2>Parties and their stances</h2>\n<p class=\"note\">Positions and red lines on each issue's 0-100 scale; salience is the weight a party gives the issue. The source column quotes the report each value was taken from, or says it is a judgment.</p>\n");
        html.Append("<table>\n<tr><th>Issue</th><th class=\"num\">Position</th><th class=\"num\">Salience</th><th class=\"num\">Red line</th><th>Source</th></tr>\n");
        foreach (var party in s.Parties)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr class=\"party\"><td colspan=\"5\">{E(party.Name)} <span class=\"note\">({E(party.Role.ToString().ToLowerInvariant())}; capability {N(party.Capability.Value)}, walk-away utility {N(party.ReservationUtility.Value)}, concession β {N(party.ConcessionBeta.Value)}, delegation: {E(party.Delegation.Level.ToString().ToLowerInvariant())})</span></td></tr>\n");
            foreach (var stance in party.Stances)
            {
                var label = s.Issues.FirstOrDefault(i => i.Id == stance.IssueId)?.Label ?? stance.IssueId;
                var red = stance.RedLine is { } line ? RedLineText(line) : "-";
                // The position's source first, then any other distinct one (salience, red line): at most two per row.
                var sources = new[] { stance.Position.Source, stance.Salience.Source, stance.RedLine?.Source, stance.RedLine?.Min?.Source, stance.RedLine?.Max?.Source }
                    .Where(x => x is not null)
                    .Select(SourceText.Of)
                    .Distinct(StringComparer.Ordinal)
                    .Take(2)
                    .ToList();
                var source = sources.Count == 0 ? SourceText.Of(null) : string.Join(" / ", sources);
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(label)}</td><td class=\"num\">{E(N(stance.Position.Value))}</td><td class=\"num\">{E(N(stance.Salience.Value))}</td><td class=\"num\">{E(red)}</td><td class=\"quote\">{E(source)}</td></tr>\n");
            }
        }

        html.Append("</table>\n");
    }

    private static string RedLineText(RedLine line) => (line.Min, line.Max) switch
    {
        ({ } min, { } max) => $"{N(min.Value)} to {N(max.Value)}",
        ({ } min, null) => $"at least {N(min.Value)}",
        (null, { } max) => $"at most {N(max.Value)}",
        _ => "-",
    };
}
