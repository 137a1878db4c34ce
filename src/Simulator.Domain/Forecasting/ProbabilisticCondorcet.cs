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

        // Option-major copy so the inner loop over voters reads contiguous memory; the sums run
        // in the same voter order as before, so results are unchanged.
        var byOption = new double[options * voters];
        for (var k = 0; k < voters; k++)
        {
            for (var o = 0; o < options; o++)
            {
                byOption[(o * voters) + k] = utilities[(k * options) + o];
            }
        }

        var coalition = new double[options * options];
        for (var a = 0; a < options; a++)
        {
            var ua = byOption.AsSpan(a * voters, voters);
            for (var b = a + 1; b < options; b++)
            {
                var ub = byOption.AsSpan(b * voters, voters);
                var forA = CoalitionFloor;
                var forB = CoalitionFloor;
                for (var k = 0; k < voters; k++)
                {
                    // Branch-free: adding a zero leaves the sums bit-identical.
                    var vote = weights[k] * (ua[k] - ub[k]);
                    forA += double.MaxNative(vote, 0);
                    forB += double.MaxNative(-vote, 0);
                }

                coalition[(a * options) + b] = forA;
                coalition[(b * options) + a] = forB;
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
