using System.Globalization;

namespace Simulator.Domain.Scenarios;

/// <summary>
/// A value on an issue's 0–100 scale in words, the one wording every output uses: with its unit
/// where the issue has one ("55 = 1,100 prisoners per side"), else placed between the issue's two
/// neighbouring anchors ("65 (between 'agreed in principle to meet again' and 'next round
/// scheduled')"), so a reader never mistakes the nearest anchor for the value itself.
/// </summary>
public static class ScaleText
{
    /// <summary>How close to an anchor a value must be to be that anchor (half of the last printed digit).</summary>
    private const double AtAnchor = 0.05;

    /// <summary>The value with its meaning: "65 (between 'a' and 'b')", "50 ('a')" or "55 = 1,100 prisoners per side".</summary>
    public static string Of(Issue issue, double value)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return issue.Unit is { } u
            ? string.Create(CultureInfo.InvariantCulture, $"{Number(value)} = {u.ToUnit(value):N0} {u.Name}")
            : issue.Anchors.Count == 0 ? Number(value) : $"{Number(value)} ({Meaning(issue, value)})";
    }

    /// <summary>The value as the issue's label and its meaning: "Further talks 65 (between 'a' and 'b')".</summary>
    public static string Labelled(Issue issue, double value)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return $"{issue.Label} {Of(issue, value)}";
    }

    /// <summary>
    /// Where a value lies among the issue's anchors, in words: "'a'" on an anchor, "between 'a' and
    /// 'b'" between two, "below 'a'" or "above 'b'" outside them; the plain number without anchors.
    /// </summary>
    public static string Meaning(Issue issue, double value)
    {
        ArgumentNullException.ThrowIfNull(issue);
        if (issue.Anchors.Count == 0)
        {
            return Number(value);
        }

        var anchors = issue.Anchors.OrderBy(a => a.Value).ToList();
        var on = anchors.FirstOrDefault(a => Math.Abs(a.Value - value) < AtAnchor);
        if (on is not null)
        {
            return Quote(on);
        }

        if (value < anchors[0].Value)
        {
            return $"below {Quote(anchors[0])}";
        }

        if (value > anchors[^1].Value)
        {
            return $"above {Quote(anchors[^1])}";
        }

        var upper = anchors.First(a => a.Value > value);
        var lower = anchors.Last(a => a.Value < value);
        return $"between {Quote(lower)} and {Quote(upper)}";
    }

    /// <summary>A share as a percentage the way the rest of the tool prints it: 63%, not 63 %.</summary>
    public static string Percent(double share, int decimals = 0) =>
        (share * 100).ToString(decimals == 0 ? "0" : "0." + new string('0', decimals), CultureInfo.InvariantCulture) + "%";

    /// <summary>A scale value as every output prints it: at most one decimal.</summary>
    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Quote(Anchor anchor) => $"'{anchor.Label}'";
}
