using System.Globalization;
using Simulator.Domain.Analysis.Toolkit;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Calibration;

/// <summary>
/// How close an agreed value must be to the recorded one, in scale points: none (agreed or not is
/// all that counts), one tolerance for every issue with a recorded value (`--tolerance 5`), or per
/// issue (`--tolerance prisoner_exchange=2.5`, repeatable; a per-issue one wins).
/// </summary>
public sealed class ValueTolerance
{
    private readonly Dictionary<string, double> _byIssue;

    private ValueTolerance(double? all, Dictionary<string, double> byIssue)
    {
        All = all;
        _byIssue = byIssue;
    }

    public static ValueTolerance None { get; } = new(null, []);

    public double? All { get; }

    public IReadOnlyDictionary<string, double> ByIssue => _byIssue;

    public double? For(string issue) => _byIssue.TryGetValue(issue, out var t) ? t : All;

    /// <summary>Parses `T` and `ISSUE=T` items; issue ids are checked against <paramref name="knownIssues"/>.</summary>
    public static ValueTolerance Parse(IReadOnlyList<string> items, IReadOnlyCollection<string> knownIssues)
    {
        ArgumentNullException.ThrowIfNull(items);
        double? all = null;
        var byIssue = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var eq = item.IndexOf('=', StringComparison.Ordinal);
            var issue = eq < 0 ? null : item[..eq].Trim();
            var text = eq < 0 ? item : item[(eq + 1)..];
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var t) || !(t >= 0) || t > 100)
            {
                throw new AnalysisInputException($"--tolerance '{item}': the tolerance must be a number of scale points from 0 to 100, e.g. --tolerance 5 or --tolerance prisoner_exchange=2.5");
            }

            if (issue is null)
            {
                all = t;
            }
            else if (!knownIssues.Contains(issue))
            {
                throw new AnalysisInputException($"--tolerance '{item}': no issue '{issue}' has a recorded value; {DidYouMean.Hint(issue, knownIssues, "issues with a recorded value")}");
            }
            else
            {
                byIssue[issue] = t;
            }
        }

        return new ValueTolerance(all, byIssue);
    }
}
