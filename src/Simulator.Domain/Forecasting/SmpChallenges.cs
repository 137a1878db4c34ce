namespace Simulator.Domain.Forecasting;

/// <summary>
/// Challenges as one actor (h) perceives them: h sees every other actor's risk attitude pulled
/// two-thirds towards its own, and estimates who would win a contest i→j when the principals
/// and semi-committed third parties vote. Utilities come by column (U[k, i] for every k) so the
/// O(N) loop over third parties reads contiguous memory.
/// </summary>
internal static class SmpChallenges
{
    private const double ChallengeFloor = 1e-10;
    private const double MinimumGain = 1e-5;

    // Far above the rounding error of a gain (a few ulps of numbers below 2), far below any gain that matters.
    private const double BoundMargin = 1e-9;

    /// <summary>P_ij: the probability that i prevails over j, from the view encoded in the perceived utilities.</summary>
    /// <param name="toI">U[k, i] for every k: how each actor values i's position.</param>
    /// <param name="toJ">U[k, j] for every k.</param>
    /// <param name="diagonal">U[k, k] for every k.</param>
    public static double VictoryProbability(SmpActors actors, ReadOnlySpan<double> toI, ReadOnlySpan<double> toJ, ReadOnlySpan<double> diagonal, int i, int j)
    {
        var n = actors.Count;
        var w = actors.ChallengeWeights;
        var a = w[i] * (toI[i] - toJ[i]);
        var b = w[j] * (toI[j] - toJ[j]);
        var principalsForI = ChallengeFloor + Math.Max(a, 0) + Math.Max(b, 0);
        var principalsForJ = ChallengeFloor + Math.Max(-a, 0) + Math.Max(-b, 0);
        var forI = principalsForI;
        var forJ = principalsForJ;
        var low = Math.Min(i, j);
        var high = Math.Max(i, j);
        ThirdParties(w, toI, toJ, diagonal, 0, low, principalsForI, principalsForJ, ref forI, ref forJ);
        ThirdParties(w, toI, toJ, diagonal, low + 1, high, principalsForI, principalsForJ, ref forI, ref forJ);
        ThirdParties(w, toI, toJ, diagonal, high + 1, n, principalsForI, principalsForJ, ref forI, ref forJ);
        return forI / (forI + forJ);
    }

    // Third parties k in [from, to), in index order. Adding a zero is exact, so the branch-free
    // max(·, 0) sums equal the branching ones bit for bit.
    private static void ThirdParties(
        double[] w,
        ReadOnlySpan<double> toI,
        ReadOnlySpan<double> toJ,
        ReadOnlySpan<double> diagonal,
        int from,
        int to,
        double principalsForI,
        double principalsForJ,
        ref double forI,
        ref double forJ)
    {
        for (var k = from; k < to; k++)
        {
            var uki = toI[k];
            var ukj = toJ[k];
            var ukk = diagonal[k];
            var e = w[k] * (uki - ukj);
            var ePlus = double.MaxNative(e, 0);
            var eMinus = double.MaxNative(-e, 0);
            var pi = (principalsForI + ePlus) / (principalsForI + ePlus + principalsForJ + eMinus);

            // Semi-committed: k weighs joining i (it keeps i's position if i wins, its own
            // otherwise) against joining j.
            var vote = w[k] * ((pi * ((2 * uki) + ukk)) + ((1 - pi) * 3 * ukj) - (pi * 3 * uki) - ((1 - pi) * ((2 * ukj) + ukk)));
            forI += double.MaxNative(vote, 0);
            forJ += double.MaxNative(-vote, 0);
        }
    }

    /// <summary>ΔEU for actor k of the challenge i→j, given the victory probability.</summary>
    public static double ExpectedGain(SmpActors actors, ReadOnlySpan<double> toI, ReadOnlySpan<double> toJ, int k, int j, double probability)
    {
        var sigmaJ = actors.TotalSalience[j];
        var uki = toI[k];
        var ukj = toJ[k];
        return ((1 - sigmaJ) * 2 * uki) + (sigmaJ * ((probability * 2 * uki) + ((1 - probability) * 2 * ukj))) - uki - ukj;
    }

    /// <summary>The target with the highest expected gain for i from i's own view, or null if none gains over 1e-5.</summary>
    /// <remarks>
    /// The gain of challenging j can never exceed U_ii − U_ij (the gain if j were sure to lose), so
    /// targets are tried in decreasing order of that bound and the search stops once the bound falls
    /// below the best gain found (or below 1e-5). The margin absorbs rounding, so the target, its gain
    /// and its probability are exactly those of trying every j in index order (ties: lowest j).
    /// </remarks>
    public static SmpTarget? BestTarget(SmpPerceivedView view, int initiator)
    {
        view.Observe(initiator);
        var actors = view.Actors;
        var n = actors.Count;
        var ownRow = new double[n];
        view.Row(initiator, ownRow);
        var bounds = new double[n];
        var order = new int[n - 1];
        var count = 0;
        for (var j = 0; j < n; j++)
        {
            if (j != initiator)
            {
                bounds[j] = ownRow[initiator] - ownRow[j];
                order[count++] = j;
            }
        }

        Array.Sort(order, (x, y) => bounds[x] != bounds[y] ? bounds[y].CompareTo(bounds[x]) : x.CompareTo(y));
        var bestTarget = -1;
        var bestGain = double.NegativeInfinity;
        var bestProbability = 0.0;
        var toI = view.Column(initiator);
        foreach (var j in order)
        {
            if (bounds[j] < Math.Max(bestGain, MinimumGain) - BoundMargin)
            {
                break;
            }

            var toJ = view.Column(j);
            var p = VictoryProbability(actors, toI, toJ, view.Diagonal, initiator, j);
            var gain = ExpectedGain(actors, toI, toJ, initiator, j, p);
            if (bestTarget < 0 || gain > bestGain || (gain == bestGain && j < bestTarget))
            {
                (bestTarget, bestGain, bestProbability) = (j, gain, p);
            }
        }

        return bestTarget >= 0 && bestGain > MinimumGain ? new SmpTarget(initiator, bestTarget, bestGain, bestProbability) : null;
    }
}
