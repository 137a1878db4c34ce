using Simulator.Domain.Engine;

namespace Simulator.Domain.Protocols.Classic;

/// <summary>
/// The packages principals trade in the alternating-offers protocol, for one run's parameter values:
/// every point on the lines between two principals' ideal packages, and between each ideal and the
/// status quo, in steps of 5% (rounded to whole scale points). A package leaves at the status quo any
/// item it moves less than <see cref="MediatorDrafter.MinimumMeaningfulChange"/> (a token move is not
/// an agreement, as at the mediated table), drops (back to the status quo) any item some principal's
/// red line or mandate forbids, then any item whose agreement would trigger an unmet linkage. Both
/// the point itself and its repaired form are candidates: nobody's red lines filter what may be
/// offered (a party learns the others' limits from their rejections, <see cref="ScenarioOfferAgent"/>),
/// and the status quo is always one of them.
/// </summary>
public static class ScenarioPackages
{
    private const int Steps = 20;
    private const double Tolerance = 1e-9;

    public static IReadOnlyList<double[]> Build(CompiledScenario scenario, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(values);
        var statusQuo = StatusQuo(scenario, values);
        var ideals = scenario.Principals.Select(p => Ideal(scenario, values, p, statusQuo)).Append(statusQuo).ToList();
        var seen = new HashSet<double[]>(SamePackage.Instance);
        var packages = new List<double[]>();
        for (var a = 0; a < ideals.Count; a++)
        {
            for (var b = a + 1; b < ideals.Count; b++)
            {
                for (var s = 0; s <= Steps; s++)
                {
                    var theta = (double)s / Steps;
                    var package = Between(ideals[a], ideals[b], theta);
                    DropTokenMoves(package, statusQuo);
                    var point = (double[])package.Clone();
                    if (seen.Add(point))
                    {
                        packages.Add(point);
                    }

                    // The same point with what every principal forbids left at the status quo: a
                    // candidate a party may come to offer once it has heard the others' limits.
                    Repair(scenario, values, package, statusQuo);
                    if (Acceptable(scenario, values, package, statusQuo) && seen.Add(package))
                    {
                        packages.Add(package);
                    }
                }
            }
        }

        if (seen.Add(statusQuo))
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
        foreach (var p in scenario.Principals)
        {
            if (!AllowedBy(scenario, values, p, package, statusQuo))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when one party's own red lines, mandate and linkages allow the package (what that party
    /// knows of itself): <see cref="Objections"/> would find none. Asked of every package on every
    /// turn, so it builds no list.
    /// </summary>
    public static bool AllowedBy(CompiledScenario scenario, IReadOnlyList<double> values, int partyIndex, double[] package, double[] statusQuo)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(statusQuo);
        var party = scenario.Parties[partyIndex];
        foreach (var i in scenario.Agenda)
        {
            if (!Agreed(package, statusQuo, i) || !party.Signs[i])
            {
                continue;
            }

            if (!Holds(values, package[i], party.RedLineMin[i], party.RedLineMax[i]) || !Holds(values, package[i], party.MandateMin[i], party.MandateMax[i]))
            {
                return false;
            }
        }

        foreach (var link in party.Linkages)
        {
            if (party.Signs[link.WhenIssue] && BreaksLinkage(link, values, package, statusQuo))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The reasons a party states for turning a package down on its limits: each red line, mandate and linkage it breaks.</summary>
    public static List<Objection> Objections(CompiledScenario scenario, IReadOnlyList<double> values, int partyIndex, double[] package, double[] statusQuo, bool stopAtFirst = false)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(statusQuo);
        var party = scenario.Parties[partyIndex];
        var found = new List<Objection>();
        foreach (var i in scenario.Agenda)
        {
            // A party's limits bind only the items it signs.
            if (!Agreed(package, statusQuo, i) || !party.Signs[i])
            {
                continue;
            }

            if (!Holds(values, package[i], party.RedLineMin[i], party.RedLineMax[i]))
            {
                found.Add(new Objection(partyIndex, ObjectionKind.RedLine, i, Bound(values, party.RedLineMin[i]), Bound(values, party.RedLineMax[i]), i));
            }
            else if (!Holds(values, package[i], party.MandateMin[i], party.MandateMax[i]))
            {
                found.Add(new Objection(partyIndex, ObjectionKind.Mandate, i, Bound(values, party.MandateMin[i]), Bound(values, party.MandateMax[i]), i));
            }

            if (stopAtFirst && found.Count > 0)
            {
                return found;
            }
        }

        foreach (var link in party.Linkages)
        {
            if (party.Signs[link.WhenIssue] && BreaksLinkage(link, values, package, statusQuo))
            {
                found.Add(new Objection(partyIndex, ObjectionKind.Linkage, link.WhenIssue, Bound(values, link.RequireAtLeast), Bound(values, link.RequireAtMost), link.RequireIssue, link));
                if (stopAtFirst)
                {
                    return found;
                }
            }
        }

        return found;
    }

    private static double? Bound(IReadOnlyList<double> values, int index) => index < 0 ? null : values[index];

    /// <summary>Whether the package touches the linkage (agrees its trigger or one of its requirements), triggers it and leaves it unmet.</summary>
    private static bool BreaksLinkage(CompiledLinkage link, IReadOnlyList<double> values, double[] package, double[] statusQuo) =>
        Touches(link, package, statusQuo) && Holds(values, package[link.WhenIssue], link.WhenAtLeast, link.WhenAtMost)
        && !RequirementsHold(link, values, package);

    /// <summary>Whether the package agrees the linkage's trigger or one of its requirements.</summary>
    internal static bool Touches(CompiledLinkage link, double[] package, double[] statusQuo)
    {
        if (Agreed(package, statusQuo, link.WhenIssue))
        {
            return true;
        }

        foreach (var r in link.Requirements)
        {
            if (Agreed(package, statusQuo, r.Issue))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The point <paramref name="theta"/> of the way from <paramref name="from"/> to <paramref name="to"/>, each item rounded to a whole scale point.</summary>
    private static double[] Between(double[] from, double[] to, double theta)
    {
        var package = new double[Math.Min(from.Length, to.Length)];
        for (var i = 0; i < package.Length; i++)
        {
            package[i] = Math.Round(from[i] + (theta * (to[i] - from[i])));
        }

        return package;
    }

    /// <summary>Whether a package agrees an issue: moves it at least the minimum from its status quo.</summary>
    public static bool Agreed(double[] package, double[] statusQuo, int issue)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(statusQuo);
        return MinimumMove.Agrees(package[issue], statusQuo[issue]);
    }

    private static void DropTokenMoves(double[] package, double[] statusQuo)
    {
        for (var i = 0; i < package.Length; i++)
        {
            if (!Agreed(package, statusQuo, i))
            {
                package[i] = statusQuo[i];
            }
        }
    }

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
            foreach (var p in scenario.Principals)
            {
                if (!ItemAllowed(scenario.Parties[p], values, i, package[i]))
                {
                    package[i] = statusQuo[i];
                    break;
                }
            }
        }

        // Dropping a triggering item settles a broken linkage; a few passes settle chains of them.
        for (var pass = 0; pass < 3 && !Acceptable(scenario, values, package, statusQuo); pass++)
        {
            foreach (var p in scenario.Principals)
            {
                foreach (var link in scenario.Parties[p].Linkages)
                {
                    if (scenario.Parties[p].Signs[link.WhenIssue]
                        && Holds(values, package[link.WhenIssue], link.WhenAtLeast, link.WhenAtMost)
                        && !RequirementsHold(link, values, package))
                    {
                        package[link.WhenIssue] = statusQuo[link.WhenIssue];
                    }
                }
            }
        }
    }

    // All of the requirements, or for an any-of linkage at least one.
    private static bool RequirementsHold(CompiledLinkage link, IReadOnlyList<double> values, double[] package)
    {
        foreach (var r in link.Requirements)
        {
            if (Holds(values, package[r.Issue], r.AtLeast, r.AtMost) == link.AnyOf)
            {
                // Any-of: one that holds is enough; all-of: one that fails is enough.
                return link.AnyOf;
            }
        }

        return !link.AnyOf;
    }

    // A party's limits bind only the items it signs.
    private static bool ItemAllowed(CompiledParty party, IReadOnlyList<double> values, int issue, double value) =>
        !party.Signs[issue] || (Holds(values, value, party.RedLineMin[issue], party.RedLineMax[issue])
        && Holds(values, value, party.MandateMin[issue], party.MandateMax[issue]));

    private static bool Holds(IReadOnlyList<double> values, double value, int atLeast, int atMost) =>
        (atLeast < 0 || value >= values[atLeast] - Tolerance) && (atMost < 0 || value <= values[atMost] + Tolerance);

    /// <summary>
    /// Packages with bit-identical values, as their printed forms would compare (a double's shortest
    /// round-trip text is unique to its bits, −0 included), without printing them.
    /// </summary>
    private sealed class SamePackage : IEqualityComparer<double[]>
    {
        public static SamePackage Instance { get; } = new();

        public bool Equals(double[]? x, double[]? y)
        {
            if (x is null || y is null || x.Length != y.Length)
            {
                return ReferenceEquals(x, y);
            }

            for (var i = 0; i < x.Length; i++)
            {
                if (BitConverter.DoubleToInt64Bits(x[i]) != BitConverter.DoubleToInt64Bits(y[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(double[] obj)
        {
            var hash = default(HashCode);
            foreach (var v in obj)
            {
                hash.Add(BitConverter.DoubleToInt64Bits(v));
            }

            return hash.ToHashCode();
        }
    }
}
