using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Scenarios;

namespace Simulator.Benchmarks.Baseline;

/// <summary>
/// A party's utility for an outcome: the salience-weighted sum of per-issue values, where an issue's
/// value falls with the distance d (on the 0–100 scale) from the party's ideal point: 1 − d/100
/// (linear) or 1 − (d/100)² (concave). Unresolved issues sit at their status quo, so an outcome
/// is always a full vector over the scenario's issues. Utilities lie in [0, Σ salience] ⊆ [0, 1].
/// </summary>
internal static class UtilityFunction
{
    public static double IssueValue(UtilityShape shape, double idealPoint, double value)
    {
        var d = Math.Abs(idealPoint - value) / 100.0;
        return shape == UtilityShape.Concave ? 1.0 - (d * d) : 1.0 - d;
    }

    /// <summary>Utility of <paramref name="outcome"/> (one value per issue) for a compiled party.</summary>
    public static double Of(CompiledParty party, ReadOnlySpan<double> values, ReadOnlySpan<double> outcome)
    {
        var u = 0.0;
        for (var i = 0; i < outcome.Length; i++)
        {
            if (party.HasStance[i])
            {
                u += values[party.Salience[i]] * IssueValue(party.Shape, values[party.Position[i]], outcome[i]);
            }
        }

        return u;
    }

    /// <summary>
    /// Utility of an outcome for a scenario party using its stated (unsampled) values. Issues absent
    /// from <paramref name="agreed"/> sit at their status quo.
    /// </summary>
    public static double Of(Party party, Scenario scenario, IReadOnlyDictionary<string, double> agreed)
    {
        ArgumentNullException.ThrowIfNull(party);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(agreed);
        var u = 0.0;
        foreach (var stance in party.Stances)
        {
            var issue = scenario.Issue(stance.IssueId);
            var value = agreed.TryGetValue(issue.Id, out var v) ? v : issue.StatusQuo.Value;
            u += stance.Salience.Value * IssueValue(party.UtilityShape, stance.Position.Value, value);
        }

        return u;
    }
}
