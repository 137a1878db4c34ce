using MathNet.Numerics.Distributions;
using Simulator.Domain.MonteCarlo;

namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>
/// Compares two agreement probabilities. The interval is Newcombe's hybrid score interval (his
/// method 10, built from the two Wilson intervals): unlike the Wald interval it stays inside
/// [-1, 1] and keeps its coverage near 0 and 1, where agreement probabilities often sit.
/// </summary>
public static class TwoProportionTest
{
    public static ProportionDifference Compare(long agreedA, long runsA, long agreedB, long runsB)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runsA, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(runsB, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(agreedA);
        ArgumentOutOfRangeException.ThrowIfNegative(agreedB);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(agreedA, runsA);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(agreedB, runsB);
        var pA = (double)agreedA / runsA;
        var pB = (double)agreedB / runsB;
        var (lowA, highA) = WilsonInterval.Of(agreedA, runsA);
        var (lowB, highB) = WilsonInterval.Of(agreedB, runsB);
        var difference = pB - pA;
        var low = difference - Math.Sqrt(Square(pB - lowB) + Square(highA - pA));
        var high = difference + Math.Sqrt(Square(highB - pB) + Square(pA - lowA));

        var pooled = (double)(agreedA + agreedB) / (runsA + runsB);
        var se = Math.Sqrt(pooled * (1 - pooled) * ((1.0 / runsA) + (1.0 / runsB)));
        // Both samples all-agreed or all-failed: the data show no difference at all.
        var z = se > 0 ? difference / se : 0;
        var pValue = se > 0 ? 2 * (1 - Normal.CDF(0, 1, Math.Abs(z))) : 1;
        return new ProportionDifference(pA, pB, difference, Math.Max(-1, low), Math.Min(1, high), z, Math.Clamp(pValue, 0, 1));
    }

    private static double Square(double x) => x * x;
}
