using System.Globalization;
using System.Text;
using Simulator.Domain.MonteCarlo;

namespace Simulator.Cli.Output;

/// <summary>CSV forms of an experiment result (RFC 4180 quoting, invariant culture).</summary>
public static class ResultCsv
{
    public static string Issues(ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = new StringBuilder("issue,label,agreedProbability,low,high,agreedRuns,runs,unit,modeValue,meanValue,observedAgreed,observedValue,topBlocker,observedGrade\n");
        foreach (var i in result.Issues)
        {
            Row(sb, i.Id, i.Label, F(i.AgreedProbability), F(i.Interval.Low), F(i.Interval.High), F(i.AgreedRuns), F(result.Runs), i.Unit ?? "",
                i.AgreedValues is { } v ? F(v.Mode) : "", i.AgreedValues is { } w ? F(w.Mean) : "",
                i.Observed is { } o ? (o.Agreed ? "true" : "false") : "", i.Observed?.Value is { } ov ? F(ov) : "",
                i.Blockers.Count > 0 ? i.Blockers[0].Key : "",
                i.Observed?.Grade ?? "");
        }

        return sb.ToString();
    }

    public static string Blockers(ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = new StringBuilder("issue,key,count,share,explanation\n");
        foreach (var b in result.Blockers)
        {
            Row(sb, b.Issue, b.Key, F(b.Count), F(b.Share), b.Explanation);
        }

        return sb.ToString();
    }

    private static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static string F(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static void Row(StringBuilder sb, params string[] cells)
    {
        sb.AppendJoin(',', cells.Select(Quote)).Append('\n');
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
