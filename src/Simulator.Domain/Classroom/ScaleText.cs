using System.Globalization;
using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Classroom;

/// <summary>A value on an issue's 0–100 scale in words: with its unit where the issue has one, else with the nearest anchor's label.</summary>
public static class ScaleText
{
    public static string Of(Issue issue, double value)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return issue.Unit is { } u
            ? string.Create(CultureInfo.InvariantCulture, $"{value:0.#} = {u.ToUnit(value):N0} {u.Name}")
            : string.Create(CultureInfo.InvariantCulture, $"{value:0.#} ({issue.Describe(value)})");
    }

    /// <summary>A share as a percentage the way the rest of the tool prints it: 63%, not 63 %.</summary>
    public static string Percent(double share, int decimals = 0) =>
        (share * 100).ToString(decimals == 0 ? "0" : "0." + new string('0', decimals), CultureInfo.InvariantCulture) + "%";
}
