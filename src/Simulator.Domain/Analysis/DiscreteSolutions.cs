namespace Simulator.Domain.Analysis;

/// <summary>
/// The solution concepts over a finite set of outcomes. Every concept first keeps only the
/// individually rational outcomes (no gain is ever negative, so no product of two losses can look
/// like a large gain) and then the Pareto-optimal ones among them; the ideal point for
/// Kalai–Smorodinsky is taken over the individually rational set. Ties are broken by the larger sum
/// of utilities, then by input order, so results are deterministic.
/// </summary>
public static class DiscreteSolutions
{
    /// <summary>The outcome the concept selects, or null when no outcome is individually rational.</summary>
    public static UtilityPoint? Solve(BargainingProblem problem, SolutionConcept concept)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var candidates = ParetoFrontier.Of(problem.IndividuallyRational());
        if (candidates.Count == 0)
        {
            return null;
        }

        var score = Scorer(problem, concept);
        UtilityPoint? best = null;
        var bestScore = double.NegativeInfinity;
        var bestSum = double.NegativeInfinity;
        foreach (var candidate in candidates)
        {
            var s = score(candidate);
            var sum = candidate.Utilities.Sum();
            var better = best is null
                || s > bestScore + ScoreTolerance(bestScore)
                || (Math.Abs(s - bestScore) <= ScoreTolerance(bestScore) && sum > bestSum + UtilityPoint.Tolerance)
                || (double.IsNegativeInfinity(s) && double.IsNegativeInfinity(bestScore) && sum > bestSum + UtilityPoint.Tolerance);
            if (better)
            {
                best = candidate;
                bestScore = s;
                bestSum = sum;
            }
        }

        return best;
    }

    /// <summary>The value the concept maximises at one outcome (higher is better).</summary>
    public static Func<UtilityPoint, double> Scorer(BargainingProblem problem, SolutionConcept concept)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var d = problem.Disagreement;
        return concept switch
        {
            SolutionConcept.Nash => p => LogNashProduct(p.Utilities, d, null),
            SolutionConcept.WeightedNash => p => LogNashProduct(p.Utilities, d, problem.EffectiveWeights()),
            SolutionConcept.KalaiSmorodinsky => KalaiSmorodinskyScorer(problem),
            SolutionConcept.Egalitarian => p => Enumerable.Range(0, d.Count).Min(i => p.Utilities[i] - d[i]),
            SolutionConcept.Utilitarian => p => p.Utilities.Sum(),
            _ => throw new ArgumentOutOfRangeException(nameof(concept), concept, "unknown solution concept"),
        };
    }

    /// <summary>
    /// Σ wᵢ ln(uᵢ − dᵢ): the logarithm of the (weighted) Nash product, so that many small gains do not
    /// underflow. Minus infinity when any gain is zero or negative.
    /// </summary>
    public static double LogNashProduct(IReadOnlyList<double> utilities, IReadOnlyList<double> disagreement, IReadOnlyList<double>? weights)
    {
        ArgumentNullException.ThrowIfNull(utilities);
        ArgumentNullException.ThrowIfNull(disagreement);
        var total = 0.0;
        for (var i = 0; i < disagreement.Count; i++)
        {
            var gain = utilities[i] - disagreement[i];
            if (gain <= UtilityPoint.Tolerance)
            {
                return double.NegativeInfinity;
            }

            total += (weights?[i] ?? 1.0) * Math.Log(gain);
        }

        return total;
    }

    // The discrete analogue of the point on the segment from d to the ideal point: the outcome whose
    // smallest fraction of its ideal gain is largest. A party with no possible gain (ideal = d) is
    // ignored, since every outcome gives it its whole (zero) ideal gain.
    private static Func<UtilityPoint, double> KalaiSmorodinskyScorer(BargainingProblem problem)
    {
        var d = problem.Disagreement;
        var ideal = problem.IdealPoint();
        return p =>
        {
            if (ideal is null)
            {
                return double.NegativeInfinity;
            }

            var worst = double.PositiveInfinity;
            for (var i = 0; i < d.Count; i++)
            {
                var range = ideal[i] - d[i];
                if (range > UtilityPoint.Tolerance)
                {
                    worst = Math.Min(worst, (p.Utilities[i] - d[i]) / range);
                }
            }

            return double.IsPositiveInfinity(worst) ? 0.0 : worst;
        };
    }

    private static double ScoreTolerance(double reference) =>
        double.IsInfinity(reference) ? 0.0 : 1e-12 * Math.Max(1.0, Math.Abs(reference));
}
