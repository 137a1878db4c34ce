namespace Simulator.Domain.Calibration;

/// <summary>
/// A streaming summary of one parameter's draws: a fine histogram over the parameter's support and
/// exact sums, so memory stays flat however many runs are added. The sums are kept in integer
/// micro-units, so sketches merged in any order (any batching, any number of threads) are equal.
/// </summary>
public sealed class ValueSketch
{
    /// <summary>Fine bins over the support: quantiles are exact to half a percent of the range.</summary>
    public const int Bins = 200;

    private const double Scale = 1e6;

    private readonly long[] _counts = new long[Bins];
    private Int128 _sum;
    private Int128 _sumOfSquares;

    public ValueSketch(double min, double max)
    {
        if (!(max > min))
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, "a sketch needs a support with max > min");
        }

        Min = min;
        Max = max;
    }

    public double Min { get; }

    public double Max { get; }

    public long Count { get; private set; }

    public IReadOnlyList<long> Counts => _counts;

    public double BinWidth => (Max - Min) / Bins;

    public double Mean => Count == 0 ? double.NaN : (double)_sum / Count / Scale;

    public double StandardDeviation
    {
        get
        {
            if (Count < 2)
            {
                return 0;
            }

            var mean = (double)_sum / Count;
            var meanOfSquares = (double)_sumOfSquares / Count;
            return Math.Sqrt(Math.Max(0, meanOfSquares - (mean * mean)) * Count / (Count - 1)) / Scale;
        }
    }

    public void Add(double value)
    {
        var bin = (int)Math.Floor((value - Min) / (Max - Min) * Bins);
        _counts[Math.Clamp(bin, 0, Bins - 1)]++;
        var q = (Int128)(long)Math.Round(value * Scale);
        _sum += q;
        _sumOfSquares += q * q;
        Count++;
    }

    public void Merge(ValueSketch other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var b = 0; b < Bins; b++)
        {
            _counts[b] += other._counts[b];
        }

        _sum += other._sum;
        _sumOfSquares += other._sumOfSquares;
        Count += other.Count;
    }

    /// <summary>The p-quantile, interpolated linearly inside its bin.</summary>
    public double Quantile(double p)
    {
        if (Count == 0)
        {
            return double.NaN;
        }

        var target = Math.Clamp(p, 0, 1) * Count;
        long before = 0;
        for (var b = 0; b < Bins; b++)
        {
            var c = _counts[b];
            if (c > 0 && before + c >= target)
            {
                return Min + (BinWidth * (b + ((target - before) / c)));
            }

            before += c;
        }

        return Max;
    }

    /// <summary>The share of draws at or below the upper edge of each bin.</summary>
    public double[] Cdf()
    {
        var cdf = new double[Bins];
        long running = 0;
        for (var b = 0; b < Bins; b++)
        {
            running += _counts[b];
            cdf[b] = Count == 0 ? 0 : (double)running / Count;
        }

        return cdf;
    }

    /// <summary>The counts regrouped into <paramref name="bins"/> wider bins (a divisor of <see cref="Bins"/>).</summary>
    public long[] Coarse(int bins)
    {
        if (bins < 1 || Bins % bins != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(bins), bins, $"must divide {Bins}");
        }

        var coarse = new long[bins];
        var per = Bins / bins;
        for (var b = 0; b < Bins; b++)
        {
            coarse[b / per] += _counts[b];
        }

        return coarse;
    }

    /// <summary>The Kolmogorov–Smirnov distance between two sketches over the same support.</summary>
    public static double Distance(ValueSketch a, ValueSketch b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var fa = a.Cdf();
        var fb = b.Cdf();
        var d = 0.0;
        for (var i = 0; i < Bins; i++)
        {
            d = Math.Max(d, Math.Abs(fa[i] - fb[i]));
        }

        return d;
    }
}
