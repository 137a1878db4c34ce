using System.Globalization;
using System.Text;
using Simulator.Domain.Analysis.Toolkit;

namespace Simulator.Cli.Output;

/// <summary>A sweep in long CSV form: one row per grid point and issue.</summary>
internal static class SweepCsv
{
    public static string Write(SweepResult sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        var sb = new StringBuilder();
        CsvText.Row(sb, [.. sweep.Axes.Select(a => a.Path), "issue", "agreedProbability", "low", "high", "agreedRuns", "runs"]);
        foreach (var point in sweep.Points)
        {
            foreach (var issue in point.Result.Issues)
            {
                CsvText.Row(sb, [
                    .. point.Values.Select(CsvText.F),
                    issue.Id,
                    CsvText.F(issue.AgreedProbability),
                    CsvText.F(issue.Interval.Low),
                    CsvText.F(issue.Interval.High),
                    issue.AgreedRuns.ToString(CultureInfo.InvariantCulture),
                    point.Result.Runs.ToString(CultureInfo.InvariantCulture),
                ]);
            }
        }

        return sb.ToString();
    }
}
