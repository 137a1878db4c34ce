using System.Globalization;
using System.Net;
using System.Text;
using Simulator.Domain.MonteCarlo;

namespace Simulator.Cli.Output.Report;

/// <summary>
/// Builds the self-contained report page: inline CSS, charts as base64 PNG, no external file or
/// script, so it opens offline and can be mailed as one file. Sections are in ReportHtml.*.cs.
/// </summary>
internal static partial class ReportHtml
{
    public static string Build(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var s = content.Scenario;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append(CultureInfo.InvariantCulture, $"<title>{E(s.Title)}: simulation report</title>\n<style>{Css}</style>\n</head>\n<body>\n<main>\n");
        Header(html, content);
        Outcomes(html, content);
        Parties(html, content);
        Bargaining(html, content);
        Forecast(html, content);
        Sensitivity(html, content);
        Sweep(html, content);
        CalibrationSection(html, content.Calibration, content.CalibrationRefusal);
        Transcript(html, content);
        Notes(html);
        html.Append("</main>\n")
            // Records how many charts the browser decoded, for the automated rendering check.
            .Append("<script>window.addEventListener('load',function(){var n=0;document.querySelectorAll('img[data-chart]').forEach(function(i){if(i.complete&&i.naturalWidth>0){n++;}});document.body.setAttribute('data-charts-rendered',String(n));});</script>\n")
            .Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>The record's cell: its grade as the run table prints it ("agreed in principle 50 (agreed)"), green when it counts as agreed.</summary>
    private static string Observed(IssueResult issue) =>
        issue.Observed is { } o ? $"<span class=\"{(o.Agreed ? "yes" : "no")}\">{E(ObservedText.Of(o, issue.Unit))}</span>" : "-";

    private static string P(double p) => (p * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string N(double v) => v.ToString("G4", CultureInfo.InvariantCulture);

    private static void Chart(StringBuilder html, string id, byte[] png, string caption, string css = "chart")
    {
        html.Append(CultureInfo.InvariantCulture, $"<figure class=\"{css}\"><img data-chart=\"{E(id)}\" alt=\"{E(caption)}\" src=\"data:image/png;base64,{Convert.ToBase64String(png)}\"><figcaption>{E(caption)}</figcaption></figure>\n");
    }

    private const string Css = """
        :root { --ink: #1d2330; --muted: #5b6475; --line: #dde2ea; --accent: #1f5fa8; --soft: #f5f7fb; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.5 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink); background: #fff; }
        main { max-width: 1180px; margin: 0 auto; padding: 28px 36px 60px; }
        header { border-bottom: 3px solid var(--accent); padding-bottom: 14px; margin-bottom: 8px; }
        h1 { font-size: 30px; margin: 0 0 4px; }
        h2 { font-size: 22px; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); color: var(--accent); }
        h3 { font-size: 17px; margin: 22px 0 8px; }
        .lead { font-size: 16px; color: var(--muted); margin: 6px 0 0; }
        .facts { display: flex; flex-wrap: wrap; gap: 10px; margin: 14px 0 0; padding: 0; list-style: none; }
        .facts li { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 6px 12px; }
        .facts b { display: block; font-size: 12px; color: var(--muted); font-weight: normal; text-transform: uppercase; letter-spacing: .04em; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 14px; }
        th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { background: var(--soft); font-weight: 600; }
        td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        td.quote { color: var(--muted); font-style: italic; max-width: 520px; }
        tr.party td { background: #eef3fa; font-weight: 600; border-top: 2px solid var(--line); }
        .bar { position: relative; height: 14px; background: var(--soft); border-radius: 3px; min-width: 140px; }
        .bar span { position: absolute; top: 0; bottom: 0; background: var(--accent); opacity: .25; }
        .bar i { position: absolute; top: -2px; bottom: -2px; width: 3px; background: var(--accent); }
        figure { margin: 12px 0 20px; }
        figure img { max-width: 100%; border: 1px solid var(--line); border-radius: 6px; }
        figcaption { color: var(--muted); font-size: 13px; margin-top: 4px; }
        .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(520px, 1fr)); gap: 8px 20px; }
        .yes { color: #1b7f3b; font-weight: 600; } .no { color: #b3261e; font-weight: 600; }
        pre { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 12px 14px; font-size: 12.5px; line-height: 1.45; overflow-x: auto; white-space: pre-wrap; }
        .note { color: var(--muted); font-size: 13.5px; }
        footer { margin-top: 40px; color: var(--muted); font-size: 12.5px; border-top: 1px solid var(--line); padding-top: 10px; }
        """;
}
