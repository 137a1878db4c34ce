using System.Numerics;

namespace Simulator.Domain.Forecasting;

/// <summary>
/// Bargaining and its resolution: an initiator proposes an interpolated bargain to its target;
/// each actor then holds an election (weights c) over its queue — its status quo and every
/// bargain it is party to, by initiator index — and adopts its side of the likeliest one.
/// </summary>
internal static class SmpResolution
{
    private const double InterpolationFloor = 1e-6;

    /// <summary>
    /// The S2P2 bargain from the initiator's view: per dimension, positions weighted by s²P² and
    /// s²(1−P)², each side leaning 1e-6 towards its own position, rounded to 1e-4.
    /// </summary>
    public static (double[] Initiator, double[] Target) Interpolate(SmpActors actors, double[] positions, SmpTarget target)
    {
        var dims = actors.Dimensions;
        var i = target.Initiator;
        var j = target.Target;
        var p = target.Probability;
        var forI = new double[dims];
        var forJ = new double[dims];
        for (var d = 0; d < dims; d++)
        {
            var si = actors.Saliences[(i * dims) + d];
            var sj = actors.Saliences[(j * dims) + d];
            var wi = si * si * p * p;
            var wj = sj * sj * (1 - p) * (1 - p);
            var xi = positions[(i * dims) + d];
            var xj = positions[(j * dims) + d];
            var denominator = wi + InterpolationFloor + wj;
            forI[d] = SmpMath.Round4((((wi + InterpolationFloor) * xi) + (wj * xj)) / denominator);
            forJ[d] = SmpMath.Round4(((wi * xi) + ((wj + InterpolationFloor) * xj)) / denominator);
        }

        return (forI, forJ);
    }

    private static void AddTo(Span<double> sums, ReadOnlySpan<double> terms)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var width = Vector<double>.Count;
            for (; i <= sums.Length - width; i += width)
            {
                (new Vector<double>(sums.Slice(i, width)) + new Vector<double>(terms.Slice(i, width))).CopyTo(sums.Slice(i, width));
            }
        }

        for (; i < sums.Length; i++)
        {
            sums[i] += terms[i];
        }
    }

    /// <summary>
    /// The new positions (actor-major, 0..1) and, per actor, the initiator of the bargain it adopted
    /// (−1: it kept its status quo). <paramref name="bargainsByInitiator"/> holds null where an actor
    /// proposed nothing.
    /// </summary>
    public static (double[] Positions, int[] Adopted) Resolve(SmpAnalysis state, (double[] Initiator, double[] Target)?[] bargainsByInitiator, SmpTarget?[] targets)
    {
        var actors = state.Actors;
        var n = actors.Count;
        var dims = actors.Dimensions;
        var u = state.Utilities;
        var risks = state.RiskAttitudes;

        // value[a, m]: actor a's mean utility over all positions if bargain m (by initiator) were adopted.
        var statusQuo = new double[n];
        for (var a = 0; a < n; a++)
        {
            var sum = 0.0;
            for (var k = 0; k < n; k++)
            {
                sum += u[(a * n) + k];
            }

            statusQuo[a] = sum / n;
        }

        var value = new double[n * n];
        var uInit = new double[n];
        var uRcvr = new double[n];
        var sums = new double[n];
        for (var m = 0; m < n; m++)
        {
            if (bargainsByInitiator[m] is not { } bargain)
            {
                continue;
            }

            var receiver = targets[m]!.Target;
            for (var a = 0; a < n; a++)
            {
                var sal = actors.SalienceOf(a);
                var xa = state.Positions.AsSpan(a * dims, dims);
                uInit[a] = SmpMath.Utility(SmpMath.Distance(sal, xa, bargain.Initiator), risks[a]);
                uRcvr[a] = SmpMath.Utility(SmpMath.Distance(sal, xa, bargain.Target), risks[a]);
            }

            // Every actor's sum over positions k in index order, all actors at once (one lane
            // each), with the two bargaining positions replaced: bit-identical to a scalar sum.
            Array.Clear(sums);
            for (var k = 0; k < n; k++)
            {
                var column = k == m ? uInit : k == receiver ? uRcvr : state.UtilitiesByColumn.AsSpan(k * n, n);
                AddTo(sums, column);
            }

            for (var a = 0; a < n; a++)
            {
                value[(a * n) + m] = sums[a] / n;
            }
        }

        var next = (double[])state.Positions.Clone();
        var adopted = new int[n];
        var queue = new List<int>(n);
        for (var k = 0; k < n; k++)
        {
            queue.Clear();
            for (var m = 0; m < n; m++)
            {
                if (bargainsByInitiator[m] is not null && (m == k || targets[m]!.Target == k))
                {
                    queue.Add(m);
                }
            }

            adopted[k] = -1;
            if (queue.Count == 0)
            {
                continue;
            }

            var options = queue.Count + 1;
            var utilities = new double[n * options];
            for (var a = 0; a < n; a++)
            {
                utilities[a * options] = statusQuo[a];
                for (var q = 0; q < queue.Count; q++)
                {
                    utilities[(a * options) + q + 1] = value[(a * n) + queue[q]];
                }
            }

            var probabilities = ProbabilisticCondorcet.Solve(actors.Capabilities, utilities, options);
            var best = 0;
            for (var o = 1; o < options; o++)
            {
                if (probabilities[o] > probabilities[best])
                {
                    best = o;
                }
            }

            if (best == 0)
            {
                continue;
            }

            var chosen = queue[best - 1];
            adopted[k] = chosen;
            var side = chosen == k ? bargainsByInitiator[chosen]!.Value.Initiator : bargainsByInitiator[chosen]!.Value.Target;
            side.CopyTo(next.AsSpan(k * dims, dims));
        }

        return (next, adopted);
    }
}
