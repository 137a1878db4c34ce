using System.Globalization;
using System.Text;
using Simulator.Domain.Scenarios;

namespace Simulator.Cli.Output.Report;

/// <summary>The bargaining analysis (as `sim analyze` computes it): solution concepts, zones of agreement and red-line diagnoses.</summary>
internal static partial class ReportHtml
{
    private static void Bargaining(StringBuilder html, ReportContent content)
    {
        if (content.Bargaining is not { } b)
        {
            return;
        }

        // Names and labels for the analysis's ids, as `sim analyze`'s tables print them.
        var words = new ScenarioWording(content.Scenario);
        string Label(string id) => words.Issue(id);
        html.Append("<h2>Bargaining analysis</h2>\n")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"note\">Game-theoretic benchmarks for {E(string.Join(" and ", b.Parties.Select(words.Party)))} over the {b.FrontierSize:N0} Pareto-efficient packages that respect every red line, as <code>sim analyze</code> computes them. Utilities run from 0 to 1; walking away is worth {E(string.Join(", ", b.Disagreement.Select(d => $"{words.Party(d.Key)} {d.Value:0.00}")))}.</p>\n");
        if (b.Solutions.Count > 0)
        {
            html.Append("<table>\n<tr><th>Solution</th><th>Agreed package</th>")
                .Append(string.Concat(b.Parties.Select(p => $"<th class=\"num\">{E(words.Party(p))}</th>")))
                .Append("</tr>\n");
            foreach (var s in b.Solutions)
            {
                var package = string.Join("; ", s.Agreed.Select(a => $"{Label(a.Key)} {a.Value.ToString("0.#", CultureInfo.InvariantCulture)}"));
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(s.Name)}</td><td>{E(package)}</td>")
                    .Append(string.Concat(b.Parties.Select(p => $"<td class=\"num\">{(s.Utilities.TryGetValue(p, out var u) ? u.ToString("0.000", CultureInfo.InvariantCulture) : "-")}</td>")))
                    .Append("</tr>\n");
            }

            html.Append("</table>\n");
        }

        html.Append("<h3>Zones of agreement</h3>\n<table>\n<tr><th>Issue</th><th class=\"num\">Status quo</th><th class=\"num\">Own zone</th><th class=\"num\">With linkages</th><th>In words</th></tr>\n");
        foreach (var z in b.Zones)
        {
            var own = z.OwnZoneOpen ? $"{z.OwnLow:0.#} - {z.OwnHigh:0.#}" : "closed";
            var joint = z.JointZoneExists && z.JointLow is { } lo && z.JointHigh is { } hi ? $"{lo:0.#} - {hi:0.#}" : "none";
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(Label(z.Issue))}</td><td class=\"num\">{z.StatusQuo:0.#}</td><td class=\"num\">{E(own)}</td><td class=\"num\">{E(joint)}</td><td>{E(words.Text(z.Summary))}</td></tr>\n");
        }

        html.Append("</table>\n");
        if (b.Diagnoses.Count > 0)
        {
            html.Append("<h3>Why issues are closed</h3>\n<table>\n<tr><th>Issue</th><th>Diagnosis</th></tr>\n");
            foreach (var d in b.Diagnoses)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(Label(d.Issue))}</td><td>{E(words.Text(d.Explanation))}</td></tr>\n");
            }

            html.Append("</table>\n");
        }
    }
}
