namespace Simulator.Domain.Forecasting;

/// <summary>The scalar formulas of KTAB's Spatial Model of Politics, on the 0..1 scale.</summary>
public static class SmpMath
{
    /// <summary>
    /// Utility of a position at distance d for an actor with risk attitude r:
    /// (1−d)(1+d·r) within the unit range, (1−d)(1+r) beyond it. r = 0 is risk neutral.
    /// </summary>
    public static double Utility(double distance, double risk) =>
        distance <= 1.0 ? (1.0 - distance) * (1.0 + (distance * risk)) : (1.0 - distance) * (1.0 + risk);

    /// <summary>Rounds half up to four decimals: floor(0.5 + 10000x)/10000 (KTAB's rule, not banker's).</summary>
    public static double Round4(double x) => Math.Floor(0.5 + (10000.0 * x)) / 10000.0;

    /// <summary>
    /// Risk attitude from position strength: the strongest position gets +1 (risk acceptant), the
    /// weakest −0.5. When every position is equally strong the attitude is neutral (0).
    /// (3p − pMax − 2pMin) / 2(pMax − pMin), computed as −1/2 + 3/2 · (p − pMin)/(pMax − pMin): the
    /// same number, but well conditioned. The first form rounds a numerator of the size of p and
    /// divides it by the range, so strengths close together (a range of 10⁻⁵ at p ≈ 1/3) gave
    /// 1 + 1.6·10⁻¹²; here the fraction is between 0 and 1 in floating point too (subtraction is
    /// monotonic) and the strongest and weakest get exactly +1 and −0.5.
    /// </summary>
    public static double RiskFromStrength(double p, double pMax, double pMin)
    {
        var range = pMax - pMin;
        return range > 0 ? -0.5 + (1.5 * ((p - pMin) / range)) : 0.0;
    }

    /// <summary>How h perceives i's risk attitude (KTAB's BigRAdjust one-third): (2R_h + R_i)/3.</summary>
    public static double PerceivedRisk(double riskOfObserver, double riskOfObserved) =>
        ((2.0 * riskOfObserver) + riskOfObserved) / 3.0;

    /// <summary>
    /// Salience-weighted distance from actor a's point of view (a's saliences, so d(a,b) ≠ d(b,a)):
    /// sqrt(Σ s_d² (x_d − y_d)² / Σ s_d²). An actor that cares about nothing sees every position at 0.
    /// </summary>
    public static double Distance(ReadOnlySpan<double> saliences, ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var numerator = 0.0;
        var denominator = 0.0;
        for (var d = 0; d < saliences.Length; d++)
        {
            var s2 = saliences[d] * saliences[d];
            var diff = x[d] - y[d];
            numerator += s2 * diff * diff;
            denominator += s2;
        }

        return denominator > 0 ? Math.Sqrt(numerator / denominator) : 0.0;
    }

    /// <summary>Plain Euclidean distance, used for the stop rule and for merging equal positions.</summary>
    public static double Euclidean(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var sum = 0.0;
        for (var d = 0; d < x.Length; d++)
        {
            var diff = x[d] - y[d];
            sum += diff * diff;
        }

        return Math.Sqrt(sum);
    }
}
