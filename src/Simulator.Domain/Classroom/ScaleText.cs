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
}
