using System.Globalization;
using System.Text;

namespace Simulator.Cli.Output.Report;

/// <summary>The forecasts of the spatial models beside the simulation's agreed values.</summary>
internal static partial class ReportHtml
{
    private static void Forecast(StringBuilder html, ReportContent content)
    {
        if (content.Forecast is not { } f)
        {
            return;
        }

        html.Append("<h2>Forecasts</h2>\n<p class=\"note\">Where the spatial models of political science expect each issue to settle among all the actors, at the table or not (0-100 scale, as <code>sim forecast</code> computes them): the capability-and-salience weighted compromise and median, KTAB's Spatial Model of Politics (final positions weighted by the probability each prevails) and Bueno de Mesquita's expected-utility model (weighted mean after its last round). The last column is the simulated table's median agreed value, where the issue was agreed at all.</p>\n")
            .Append("<table>\n<tr><th>Issue</th><th class=\"num\">Compromise</th><th class=\"num\">Weighted median</th><th class=\"num\">Spatial model (KTAB)</th><th class=\"num\">Expected utility (BDM)</th><th class=\"num\">Simulated median</th></tr>\n");
        for (var d = 0; d < f.Issues.Count; d++)
        {
            var id = f.Issues[d];
            var issue = content.Scenario.Issues.FirstOrDefault(i => i.Id == id);
            var simulated = content.Result.Issues.FirstOrDefault(i => i.Id == id)?.AgreedValues?.Median;
            // The simulation reports values in the issue's unit; the forecasts use the 0-100 scale.
            var scaled = simulated is { } v && issue?.Unit is { } unit ? (double?)((v - unit.AtZero) / (unit.AtHundred - unit.AtZero) * 100) : simulated;
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(issue?.Label ?? id)}</td><td class=\"num\">{f.Compromise[d]:0.#}</td><td class=\"num\">{f.Median[d]:0.#}</td><td class=\"num\">{f.SpatialModel[d]:0.#}</td><td class=\"num\">{f.ExpectedUtility[d]:0.#}</td><td class=\"num\">{(scaled is { } s ? s.ToString("0.#", CultureInfo.InvariantCulture) : "-")}</td></tr>\n");
        }

        html.Append("</table>\n");
    }
}
