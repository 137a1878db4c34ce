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

    // An actor joins the group of the first earlier actor whose position is within 1e-3.
    private static (int[] Representatives, int[] GroupOf) MergePositions(double[] positions, int n, int dims)
    {
        var representatives = new List<int>(n);
        var groupOf = new int[n];
        for (var i = 0; i < n; i++)
        {
            var xi = positions.AsSpan(i * dims, dims);
            var group = -1;
            for (var j = 0; j < i && group < 0; j++)
            {
                if (SmpMath.Euclidean(xi, positions.AsSpan(j * dims, dims)) < MergeDistance)
                {
                    group = groupOf[j];
                }
            }

            if (group < 0)
            {
                group = representatives.Count;
                representatives.Add(i);
            }

            groupOf[i] = group;
        }

        return (representatives.ToArray(), groupOf);
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
