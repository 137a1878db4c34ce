using System.Text;
using Simulator.Domain.Analysis.Toolkit;

namespace Simulator.Cli.Output;

/// <summary>A sensitivity report in long CSV form: one row per parameter and issue, with the parameter's source quote.</summary>
internal static class SensitivityCsv
{
    public static string Write(SensitivityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        CsvText.Row(sb, "parameter", "issue", "min", "max", "atLow", "atHigh", "swing", "firstOrderIndex", "quote", "where", "note", "atLowLow", "atLowHigh", "atHighLow", "atHighHigh", "swingLow", "swingHigh", "indexLow", "indexHigh", "beyondNoise");
        foreach (var p in report.Parameters)
        {
            foreach (var e in p.Effects)
            {
                CsvText.Row(sb, p.Path, e.Issue, CsvText.F(p.Min), CsvText.F(p.Max), CsvText.F(e.AtLow), CsvText.F(e.AtHigh), CsvText.F(e.Swing), CsvText.F(e.FirstOrderIndex),
                    p.Source?.Quote ?? "", p.Source?.Where ?? "", p.Source?.Note ?? "",
                    F(e.AtLowInterval?.Low), F(e.AtLowInterval?.High), F(e.AtHighInterval?.Low), F(e.AtHighInterval?.High),
                    F(e.SwingInterval?.Low), F(e.SwingInterval?.High), F(e.IndexInterval?.Low), F(e.IndexInterval?.High), e.BeyondNoise ? "true" : "false");
            }
        }

        return sb.ToString();
    }

    private static string F(double? value) => value is { } v ? CsvText.F(v) : "";
}
