using System.Globalization;
using System.Net;
using System.Text;
using Simulator.Domain.Classroom;
using Simulator.Domain.Scenarios;

namespace Simulator.Web.Classroom;

/// <summary>The debrief as one self-contained HTML file (inline style and SVG, no external resource); every text is HTML-encoded.</summary>
public static class DebriefHtml
{
    public static string Write(Debrief d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Debrief: ").Append(E(d.Title)).Append("</title>");
        sb.Append("<style>body{font-family:system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}pre{white-space:pre-wrap;background:#f6f6f6;padding:1em}</style></head><body>");
        sb.Append("<h1>Debrief: ").Append(E(d.Title)).Append("</h1>");
        sb.Append(Inv($"<p>{E(d.Ending)} Compared with {d.SimulatedRuns:N0} simulated talks of the same scenario.</p>"));
        sb.Append("<h2>Issue by issue</h2><table><tr><th>issue</th><th>your class</th><th>history</th><th>simulated talks</th><th>what blocked it</th></tr>");
        foreach (var i in d.Issues)
        {
            sb.Append("<tr><td>").Append(E(i.Label)).Append("</td><td>").Append(E(i.Agreed ? $"agreed: {i.ClassValue}" : "not agreed")).Append("</td><td>")
                .Append(E(i.ObservedRecord ?? "not recorded")).Append("</td><td>")
                .Append(E(Inv($"{ScaleText.Percent(i.SimulatedProbability, 1)}{(i.SimulatedMode is null ? string.Empty : $" (most often {i.SimulatedMode})")}"))).Append("</td><td>")
                .Append(E(i.Blocker ?? string.Empty)).Append("</td></tr>");
        }

        sb.Append("</table><ul>");
        foreach (var i in d.Issues)
        {
            sb.Append("<li>").Append(E(i.Sentence)).Append("</li>");
        }

        sb.Append("</ul><h2>Concession paths</h2>").Append(ConcessionChart.Svg(d.Paths));
        sb.Append("<h2>Your deal and the bargaining solutions</h2><table><tr><th>solution</th><th>distance (utility)</th><th>utilities: your deal → solution</th></tr>");
        foreach (var s in d.Solutions)
        {
            sb.Append("<tr><td>").Append(E(s.Concept)).Append(Inv($"</td><td>{s.Distance:0.000}</td><td>"))
                .Append(E(string.Join("; ", s.ClassUtility.Select(c => Inv($"{d.PartyName(c.Key)} {c.Value:0.000} → {s.SolutionUtility[c.Key]:0.000}"))))).Append("</td></tr>");
        }

        sb.Append("</table><h2>What happened in the room</h2><ul>");
        foreach (var n in d.Notices)
        {
            sb.Append("<li>").Append(E(n.IsStatement ? $"{d.PartyName(n.Party)}: “{n.Text}”" : $"{n.Heading}: {n.Text}")).Append("</li>");
        }

        sb.Append("</ul><h2>Transcript</h2><pre>").Append(E(d.Transcript)).Append("</pre></body></html>");
        return sb.ToString();
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
