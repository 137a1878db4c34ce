namespace Simulator.Domain.Forecasting;

/// <summary>
/// Everything SMP derives from one state's positions: the salience-weighted distance matrix,
/// position strength and risk attitudes, the risk-aware utility matrix, and the reported
/// probabilities over merged positions. Positions are actor-major on the 0..1 scale.
/// </summary>
internal sealed class SmpAnalysis
{
    private const double MergeDistance = 1e-3;

    public SmpAnalysis(SmpActors actors, double[] positions)
    {
        Actors = actors;
        Positions = positions;
        var n = actors.Count;
        var dims = actors.Dimensions;
        Distances = new double[n * n];
        for (var a = 0; a < n; a++)
        {
            var sal = actors.SalienceOf(a);
            var xa = positions.AsSpan(a * dims, dims);
            for (var b = 0; b < n; b++)
            {
                Distances[(a * n) + b] = a == b ? 0.0 : SmpMath.Distance(sal, xa, positions.AsSpan(b * dims, dims));
            }
        }

        DistancesByColumn = new double[n * n];
        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b < n; b++)
            {
                DistancesByColumn[(b * n) + a] = Distances[(a * n) + b];
            }
        }

        // Position strength: a risk-neutral election among all N positions (duplicates kept).
        var neutral = new double[n * n];
        for (var k = 0; k < neutral.Length; k++)
        {
            neutral[k] = 1.0 - Distances[k];
        }

        PositionStrength = ProbabilisticCondorcet.Solve(actors.Capabilities, neutral, n);
        var pMax = PositionStrength.Max();
        var pMin = PositionStrength.Min();
        RiskAttitudes = new double[n];
        for (var i = 0; i < n; i++)
        {
            RiskAttitudes[i] = SmpMath.RiskFromStrength(PositionStrength[i], pMax, pMin);
        }

        Utilities = new double[n * n];
        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b < n; b++)
            {
                Utilities[(a * n) + b] = SmpMath.Utility(Distances[(a * n) + b], RiskAttitudes[a]);
            }
        }

        UtilitiesByColumn = new double[n * n];
        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b < n; b++)
            {
                UtilitiesByColumn[(b * n) + a] = Utilities[(a * n) + b];
            }
        }

        (UniqueRepresentatives, GroupOf) = MergePositions(positions, n, dims);
        UniqueProbabilities = ReportedProbabilities();
    }

    public SmpActors Actors { get; }

    public double[] Positions { get; }

    /// <summary>d[a, b]: distance of b's position from a's, with a's saliences.</summary>
    public double[] Distances { get; }

    /// <summary>The same distances stored by column: [b·N + a] = d[a, b].</summary>
    public double[] DistancesByColumn { get; }

    public double[] PositionStrength { get; }

    public double[] RiskAttitudes { get; }

    /// <summary>U[a, b] = u(d[a, b], R_a): the objective risk-aware utility matrix.</summary>
    public double[] Utilities { get; }

    /// <summary>The same utilities stored by column: [b·N + a] = U[a, b].</summary>
    public double[] UtilitiesByColumn { get; }

    public int[] UniqueRepresentatives { get; }

    public int[] GroupOf { get; }

    public double[] UniqueProbabilities { get; }

    public double[] ActorProbabilities()
    {
        var result = new double[Actors.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = UniqueProbabilities[GroupOf[i]];
        }

        return result;
    }

    // KTAB's rule (FORECASTING.md §2 step 8): walking the actors in index order, a position joins
    // the list unless it lies within 1e-3 of a position already listed; only list members count, so
    // closeness does not chain through actors left out. Each actor then reports the probability of
    // the LAST listed position within 1e-3 of its own (a listed actor's is its own: no later member
    // lies that close to it).
    private static (int[] Representatives, int[] GroupOf) MergePositions(double[] positions, int n, int dims)
    {
        var representatives = new List<int>(n);
        for (var i = 0; i < n; i++)
        {
            if (LastListedWithin(positions, dims, representatives, i) < 0)
            {
                representatives.Add(i);
            }
        }

        var groupOf = new int[n];
        for (var i = 0; i < n; i++)
        {
            groupOf[i] = LastListedWithin(positions, dims, representatives, i);
        }

        return (representatives.ToArray(), groupOf);
    }

    private static int LastListedWithin(double[] positions, int dims, List<int> representatives, int actor)
    {
        var xi = positions.AsSpan(actor * dims, dims);
        for (var u = representatives.Count - 1; u >= 0; u--)
        {
            if (SmpMath.Euclidean(xi, positions.AsSpan(representatives[u] * dims, dims)) < MergeDistance)
            {
                return u;
            }
        }

        return -1;
    }

    private double[] ReportedProbabilities()
    {
        var n = Actors.Count;
        var m = UniqueRepresentatives.Length;
        var utilities = new double[n * m];
        for (var a = 0; a < n; a++)
        {
            for (var u = 0; u < m; u++)
            {
                utilities[(a * m) + u] = Utilities[(a * n) + UniqueRepresentatives[u]];
            }
        }

        return ProbabilisticCondorcet.Solve(Actors.Capabilities, utilities, m);
    }
}
