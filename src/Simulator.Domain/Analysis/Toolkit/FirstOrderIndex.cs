namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>
/// The first-order Sobol index of one parameter for one binary outcome, S = Var(E[Y | X]) / Var(Y),
/// estimated from the agreement counts at the midpoint quantiles of equal-probability bins of X
/// (every other parameter sampled). Because the bins are equally likely, the mean of the bin
/// probabilities is E[Y] and their spread is Var(E[Y | X]); the spread that binomial noise alone
/// would produce is subtracted, so a parameter without influence scores near zero, not at the
/// noise floor. Clamped to [0, 1].
/// </summary>
public static class FirstOrderIndex
{
    public static double Estimate(IReadOnlyList<(long Agreed, long Runs)> bins)
    {
        ArgumentNullException.ThrowIfNull(bins);
        if (bins.Count < 2)
        {
            throw new ArgumentException("at least two bins are needed", nameof(bins));
        }

        var b = bins.Count;
        var p = new double[b];
        for (var k = 0; k < b; k++)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(bins[k].Runs, 1);
            p[k] = (double)bins[k].Agreed / bins[k].Runs;
        }

        var mean = p.Average();
        var total = mean * (1 - mean);
        if (total <= 0)
        {
            // The outcome never varies: no parameter explains any of its (zero) variance.
            return 0;
        }

        var between = p.Sum(x => (x - mean) * (x - mean)) / b;
        var noise = 0.0;
        for (var k = 0; k < b; k++)
        {
            var n = bins[k].Runs;
            noise += n > 1 ? p[k] * (1 - p[k]) / (n - 1) : 0;
        }

        // E[spread of the estimates] = true spread + (b - 1) / b * mean sampling variance.
        var corrected = between - ((b - 1) / (double)b * (noise / b));
        return Math.Clamp(corrected / total, 0, 1);
    }
}
