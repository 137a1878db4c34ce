namespace Simulator.Domain.Analysis;

/// <summary>The outcomes no other outcome dominates (weakly better for all, strictly for one).</summary>
public static class ParetoFrontier
{
    /// <summary>The non-dominated points, in input order. Quadratic in the number of points.</summary>
    public static IReadOnlyList<UtilityPoint> Of(IReadOnlyList<UtilityPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
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
}
