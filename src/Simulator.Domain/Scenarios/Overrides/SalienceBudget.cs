using System.Globalization;
using Simulator.Domain.Scenarios.Loading;
using Simulator.Domain.Scenarios.Loading.Yaml;

namespace Simulator.Domain.Scenarios.Overrides;

/// <summary>
/// The salience rule for overrides. A party's saliences are shares of its attention and must be able
/// to sum to at most 1 in a run: the sum counts an overridden salience at its new value, a fixed one
/// at its value and an uncertain one at the bottom of its range (what Monte Carlo can draw). When even
/// that is above 1 the override is refused, pointing at the override, with the largest value that fits.
/// Refusing rather than rebalancing keeps an override to exactly the one parameter the user named.
/// </summary>
internal static class SalienceBudget
{
    private const double Tolerance = 1e-9;

    public static IEnumerable<ScenarioError> Check(Scenario overridden, IReadOnlyDictionary<string, (ParameterOverride Override, SourceMark Mark)> byPath)
    {
        foreach (var party in overridden.Parties)
        {
            var changed = party.Stances.Where(s => byPath.ContainsKey(s.Salience.Path)).ToList();
            if (changed.Count == 0)
            {
                continue;
            }

            var lowest = party.Stances.Sum(s => Lowest(s.Salience));
            if (lowest <= 1 + Tolerance)
            {
                continue;
            }

            var last = changed[^1].Salience;
            var (change, mark) = byPath[last.Path];
            var excess = lowest - 1;
            var fits = Math.Max(0, change.Value - excess);
            var other = party.Stances.Where(s => !byPath.ContainsKey(s.Salience.Path)).MaxBy(s => Lowest(s.Salience));
            var lowerOther = other is null || Lowest(other.Salience) < excess
                ? ""
                : $", or lower another of its saliences in the same command, e.g. {ParameterOverride.SetSource} {other.Salience.Path}={Format(Lowest(other.Salience) - excess)}";
            yield return mark.Error(
                $"{change.Source} {last.Path}={Format(change.Value)}: the saliences of party '{party.Id}' would sum to at least {Format(lowest)}, more than 1 (its other saliences count at their value, or at the bottom of their range where uncertain)",
                $"saliences are shares of the party's attention: use at most {Format(fits)}{lowerOther}");
        }
    }

    private static double Lowest(Parameter salience) =>
        salience.Uncertainty is { } u ? Math.Min(salience.Value, u.Support.Min) : salience.Value;

    private static string Format(double value) => Math.Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture);
}
