using Simulator.Domain.MonteCarlo;

namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>
/// A 95% interval for a <see cref="FirstOrderIndex"/> by parametric bootstrap: each bin's agreement
/// count is redrawn from a binomial with that bin's observed share and run count, the index is
/// recomputed, and the 2.5th and 97.5th percentiles of <see cref="Replicates"/> replicates are the
/// interval. The resampling stream is owned and seeded, so the interval is reproducible.
/// </summary>
public static class IndexBootstrap
{
    public const int Replicates = 400;

    public const string Method = "parametric bootstrap of each bin's binomial count (400 replicates, percentile interval)";

    public static IntervalEstimate Interval(IReadOnlyList<(long Agreed, long Runs)> bins, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(bins);
        // Every bin all-agreed or all-failed with the same share: every replicate is the same.
        if (bins.All(b => b.Agreed == 0) || bins.All(b => b.Agreed == b.Runs))
        {
            var only = FirstOrderIndex.Estimate(bins);
            return new IntervalEstimate(only, only);
        }

        var random = new Xoshiro256StarStar(seed);
        var replicate = new (long Agreed, long Runs)[bins.Count];
        var estimates = new double[Replicates];
        for (var r = 0; r < Replicates; r++)
        {
            for (var k = 0; k < bins.Count; k++)
            {
                var p = (double)bins[k].Agreed / bins[k].Runs;
                long agreed = 0;
                for (var n = 0; n < bins[k].Runs; n++)
                {
                    agreed += random.NextDouble() < p ? 1 : 0;
                }

                replicate[k] = (agreed, bins[k].Runs);
            }

            estimates[r] = FirstOrderIndex.Estimate(replicate);
        }

        Array.Sort(estimates);
        return new IntervalEstimate(estimates[(int)(0.025 * (Replicates - 1))], estimates[(int)Math.Ceiling(0.975 * (Replicates - 1))]);
    }
}
