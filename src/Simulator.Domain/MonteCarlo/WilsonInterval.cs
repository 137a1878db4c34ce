namespace Simulator.Domain.MonteCarlo;

/// <summary>The Wilson score interval for a binomial proportion (95% by default): well behaved near 0 and 1, unlike the Wald interval.</summary>
public static class WilsonInterval
{
    public const double Z95 = 1.959963984540054;

    public static (double Low, double High) Of(long successes, long trials, double z = Z95)
    {
        if (trials <= 0)
        {
            return (0, 1);
        }

        var n = (double)trials;
        var p = successes / n;
        var z2 = z * z;
        var centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / (1 + (z2 / n));
        // At 0 and n successes the exact bounds are 0 and 1; floating point would leave 1e-19.
        var low = successes <= 0 ? 0 : Math.Max(0, centre - half);
        var high = successes >= trials ? 1 : Math.Min(1, centre + half);
        return (low, high);
    }
}
