using System.Numerics;

namespace Simulator.Domain.Forecasting;

/// <summary>
/// KTAB's conditional probabilistic Condorcet election with proportional voting and the linear
/// victory law: C(a:b) = 1e-8 + Σ_k max(0, w_k(U_k(a) − U_k(b))), V(a,b) = C(a:b)/(C(a:b)+C(b:a)),
/// V(a,a) = 0.5, p_a ∝ Π_b V(a,b).
/// </summary>
public static class ProbabilisticCondorcet
{
    private const double CoalitionFloor = 1e-8;

    // Products of many victory probabilities underflow for large option counts; rescaling by an
    // exact power of two keeps every result bit-identical to the plain product whenever that
    // product is representable.
    private const int RescaleExponent = 600;
    private static readonly double RescaleThreshold = Math.ScaleB(1.0, -RescaleExponent);

    /// <summary>
    /// Probabilities of the options. <paramref name="utilities"/> is row-major voters × options.
    /// </summary>
    public static double[] Solve(ReadOnlySpan<double> weights, ReadOnlySpan<double> utilities, int options)
    {
        var voters = weights.Length;
        if (options <= 0 || utilities.Length != voters * options)
        {
            throw new ArgumentException("utilities must be voters × options");
        }

        // For each option a, the coalitions for and against it in every contest a:b (b > a) are
        // accumulated side by side, one SIMD lane per b. Each lane adds the votes in voter order,
        // exactly as a scalar loop would, so the sums are bit-identical; lanes only add
        // independence (and with it speed), not reordering.
        var coalition = new double[options * options];
        var forA = new double[options];
        var forB = new double[options];
        var zero = Vector<double>.Zero;
        var width = Vector<double>.Count;
        for (var a = 0; a < options - 1; a++)
        {
            var first = a + 1;
            var count = options - first;
            var sumFor = forA.AsSpan(0, count);
            var sumAgainst = forB.AsSpan(0, count);
            sumFor.Fill(CoalitionFloor);
            sumAgainst.Fill(CoalitionFloor);
            for (var k = 0; k < voters; k++)
            {
                var row = utilities.Slice(k * options, options);
                var ua = row[a];
                var wk = weights[k];
                var others = row.Slice(first, count);
                var b = 0;
                if (Vector.IsHardwareAccelerated)
                {
                    var uaVector = new Vector<double>(ua);
                    var wVector = new Vector<double>(wk);
                    for (; b <= count - width; b += width)
                    {
                        var vote = wVector * (uaVector - new Vector<double>(others.Slice(b, width)));
                        (Vector.Max(vote, zero) + new Vector<double>(sumFor.Slice(b, width))).CopyTo(sumFor.Slice(b, width));
                        (Vector.Max(-vote, zero) + new Vector<double>(sumAgainst.Slice(b, width))).CopyTo(sumAgainst.Slice(b, width));
                    }
                }

                for (; b < count; b++)
                {
                    // Adding a zero is exact, so the branch-free max(·, 0) sums equal branching ones.
                    var vote = wk * (ua - others[b]);
                    sumFor[b] += double.MaxNative(vote, 0);
                    sumAgainst[b] += double.MaxNative(-vote, 0);
                }
            }

            for (var b = 0; b < count; b++)
            {
                coalition[(a * options) + first + b] = sumFor[b];
                coalition[((first + b) * options) + a] = sumAgainst[b];
            }
        }

        return FromCoalitions(coalition, options);
    }

    /// <summary>The election from a matrix of coalition strengths C(a:b) (row-major, diagonal unused).</summary>
    public static double[] FromCoalitions(ReadOnlySpan<double> coalition, int options)
    {
        var mantissa = new double[options];
        var exponent = new int[options];
        var maxExponent = int.MinValue;
        for (var a = 0; a < options; a++)
        {
            var product = 1.0;
            var scale = 0;
            for (var b = 0; b < options; b++)
            {
                double victory;
                if (a == b)
                {
                    victory = 0.5;
                }
                else
                {
                    var cab = coalition[(a * options) + b];
                    victory = cab / (cab + coalition[(b * options) + a]);
                }

                product *= victory;
                if (product < RescaleThreshold && product > 0)
                {
                    product = Math.ScaleB(product, RescaleExponent);
                    scale -= RescaleExponent;
                }
            }

            mantissa[a] = product;
            exponent[a] = scale;
            maxExponent = Math.Max(maxExponent, scale);
        }

        var total = 0.0;
        for (var a = 0; a < options; a++)
        {
            mantissa[a] = exponent[a] == maxExponent ? mantissa[a] : Math.ScaleB(mantissa[a], exponent[a] - maxExponent);
            total += mantissa[a];
        }

        for (var a = 0; a < options; a++)
        {
            mantissa[a] /= total;
        }

        return mantissa;
    }
}
