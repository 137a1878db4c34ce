using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Scenarios;

namespace Simulator.Benchmarks.Baseline;

/// <summary>
/// The packages principals trade in the alternating-offers protocol, for one run's parameter values:
/// every point on the lines between two principals' ideal packages, and between each ideal and the
/// status quo, in steps of 5% (rounded to whole scale points). A package drops (back to the status
/// quo) any item some principal's red line or mandate forbids, then any item whose agreement would
/// trigger an unmet linkage; only packages every principal can accept remain, and the status quo
/// is always one of them.
/// </summary>
internal static class ScenarioPackages
{
    private const int Steps = 20;
    private const double Tolerance = 1e-9;

    public static IReadOnlyList<double[]> Build(CompiledScenario scenario, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(values);
        var statusQuo = StatusQuo(scenario, values);
        var ideals = scenario.Principals.Select(p => Ideal(scenario, values, p, statusQuo)).Append(statusQuo).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var packages = new List<double[]>();
        for (var a = 0; a < ideals.Count; a++)
        {
            for (var b = a + 1; b < ideals.Count; b++)
            {
                for (var s = 0; s <= Steps; s++)
                {
                    var theta = (double)s / Steps;
                    var package = ideals[a].Zip(ideals[b], (x, y) => Math.Round(x + (theta * (y - x)))).ToArray();
                    Repair(scenario, values, package, statusQuo);
                    if (Acceptable(scenario, values, package, statusQuo) && seen.Add(string.Join(',', package)))
                    {
                        packages.Add(package);
                    }
                }
            }
        }

        if (seen.Add(string.Join(',', statusQuo)))
        {
            packages.Add(statusQuo);
        }

        return packages;
    }

    public static double[] StatusQuo(CompiledScenario scenario, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(values);
        return [.. scenario.StatusQuo.Select(i => values[i])];
    }

    /// <summary>True when every principal's red lines, mandates and linkages allow the package.</summary>
    public static bool Acceptable(CompiledScenario scenario, IReadOnlyList<double> values, double[] package, double[] statusQuo)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(statusQuo);
        foreach (var p in scenario.Principals)
        {
            var party = scenario.Parties[p];
            foreach (var i in scenario.Agenda)
            {
                if (Agreed(package, statusQuo, i) && !ItemAllowed(party, values, i, package[i]))
                {
                    return false;
                }
            }

            foreach (var link in party.Linkages)
            {
                var touched = Agreed(package, statusQuo, link.WhenIssue) || link.Requirements.Any(r => Agreed(package, statusQuo, r.Issue));
                if (touched && Holds(values, package[link.WhenIssue], link.WhenAtLeast, link.WhenAtMost)
                    && !RequirementsHold(link, values, package))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool Agreed(double[] package, double[] statusQuo, int issue) => Math.Abs(package[issue] - statusQuo[issue]) > Tolerance;

    private static double[] Ideal(CompiledScenario scenario, IReadOnlyList<double> values, int partyIndex, double[] statusQuo)
    {
        var party = scenario.Parties[partyIndex];
        var ideal = (double[])statusQuo.Clone();
        foreach (var i in scenario.Agenda)
        {
            if (party.HasStance[i])
            {
                ideal[i] = values[party.Position[i]];
            }
        }

        return ideal;
    }

    private static void Repair(CompiledScenario scenario, IReadOnlyList<double> values, double[] package, double[] statusQuo)
    {
        foreach (var i in scenario.Agenda)
        {
            if (scenario.Principals.Any(p => !ItemAllowed(scenario.Parties[p], values, i, package[i])))
            {
                package[i] = statusQuo[i];
            }
        }

        // Dropping a triggering item settles a broken linkage; a few passes settle chains of them.
        for (var pass = 0; pass < 3 && !Acceptable(scenario, values, package, statusQuo); pass++)
        {
            foreach (var p in scenario.Principals)
            {
                foreach (var link in scenario.Parties[p].Linkages)
                {
                    if (Holds(values, package[link.WhenIssue], link.WhenAtLeast, link.WhenAtMost)
                        && !RequirementsHold(link, values, package))
                    {
                        package[link.WhenIssue] = statusQuo[link.WhenIssue];
                    }
                }
            }
        }
    }

    // All of the requirements, or for an any-of linkage at least one.
    private static bool RequirementsHold(CompiledLinkage link, IReadOnlyList<double> values, double[] package) =>
        link.AnyOf
            ? link.Requirements.Any(r => Holds(values, package[r.Issue], r.AtLeast, r.AtMost))
            : link.Requirements.All(r => Holds(values, package[r.Issue], r.AtLeast, r.AtMost));

    private static bool ItemAllowed(CompiledParty party, IReadOnlyList<double> values, int issue, double value) =>
        Holds(values, value, party.RedLineMin[issue], party.RedLineMax[issue])
        && Holds(values, value, party.MandateMin[issue], party.MandateMax[issue]);

    private static bool Holds(IReadOnlyList<double> values, double value, int atLeast, int atMost) =>
        (atLeast < 0 || value >= values[atLeast] - Tolerance) && (atMost < 0 || value <= values[atMost] + Tolerance);
}
