namespace Simulator.Domain.Analysis;

/// <summary>The outcomes no other outcome dominates (weakly better for all, strictly for one).</summary>
public static class ParetoFrontier
{
    /// <summary>
    /// The non-dominated points, in input order. Two parties: a sort and one sweep (n log n), since
    /// scenario searches produce tens of thousands of points; more parties: pairwise comparison.
    /// </summary>
    public static IReadOnlyList<UtilityPoint> Of(IReadOnlyList<UtilityPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count > 0 && points[0].Utilities.Count == 2)
        {
            return TwoParty(points);
        }

        var frontier = new List<UtilityPoint>();
        foreach (var candidate in points)
        {
            if (!points.Any(other => other.Dominates(candidate)))
            {
                frontier.Add(candidate);
            }
        }

        return frontier;
    }

    // Sorted by u1 then u2, both descending, a point is dominated exactly when an earlier one has a
    // larger u2, or the same u2 with a larger u1.
    private static List<UtilityPoint> TwoParty(IReadOnlyList<UtilityPoint> points)
    {
        const double tol = UtilityPoint.Tolerance;
        var order = Enumerable.Range(0, points.Count)
            .OrderByDescending(i => points[i].Utilities[0])
            .ThenByDescending(i => points[i].Utilities[1])
            .ToList();
        var keep = new bool[points.Count];
        var maxU2 = double.NegativeInfinity;
        var u1AtMax = double.NegativeInfinity;
        for (var k = 0; k < order.Count; k++)
        {
            var i = order[k];
            var (u1, u2) = (points[i].Utilities[0], points[i].Utilities[1]);
            var dominated = maxU2 > u2 + tol || (maxU2 >= u2 - tol && u1AtMax > u1 + tol);
            // Later points within the tolerance below in u1 count as equal in u1 and may dominate.
            for (var j = k + 1; !dominated && j < order.Count && points[order[j]].Utilities[0] >= u1 - tol; j++)
            {
                dominated = points[order[j]].Dominates(points[i]);
            }

            keep[i] = !dominated;
            if (u2 > maxU2 + tol)
            {
                (maxU2, u1AtMax) = (u2, u1);
            }
        }

        return [.. Enumerable.Range(0, points.Count).Where(i => keep[i]).Select(i => points[i])];
    }
}
