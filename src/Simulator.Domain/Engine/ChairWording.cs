using System.Globalization;

namespace Simulator.Domain.Engine;

/// <summary>
/// The chair in words, for transcripts, `show` and `analyze`: the mediator's name, or each
/// co-mediator's name with its share of the chair in a given run ("Turkey (60%) and United States (40%)").
/// </summary>
public static class ChairWording
{
    /// <summary>The chair's members by name, each with its share when the chair is shared; "none" without a chair.</summary>
    public static string Members(CompiledScenario scenario, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(values);
        var chair = scenario.Chair;
        if (chair.Length == 0)
        {
            return "none";
        }

        if (!scenario.HasSharedChair)
        {
            return scenario.Parties[chair[0]].Name;
        }

        var names = new string[chair.Length];
        for (var seat = 0; seat < chair.Length; seat++)
        {
            names[seat] = string.Create(CultureInfo.InvariantCulture, $"{scenario.Parties[chair[seat]].Name} ({Percent(scenario.ChairShare(values, seat))})");
        }

        return names.Length == 2 ? $"{names[0]} and {names[1]}" : $"{string.Join(", ", names[..^1])} and {names[^1]}";
    }

    /// <summary>The transcript's opening line: who drafts the texts, and for a shared chair how.</summary>
    public static string Sentence(CompiledScenario scenario, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.HasSharedChair
            ? $"Chair: {Members(scenario, values)}, drafting one text together: each pulls it towards its own view by its share, and all of them hear every answer."
            : $"Chair: {Members(scenario, values)} drafts every text.";
    }

    /// <summary>A share as a percentage, to one decimal where needed ("60%", "62.5%").</summary>
    public static string Percent(double share) => string.Create(CultureInfo.InvariantCulture, $"{share * 100:0.#}%");
}
