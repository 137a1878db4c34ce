namespace Simulator.Domain.Calibration;

/// <summary>A distribution in five numbers: mean, standard deviation, and the 5%, 50% and 95% quantiles (the 90% interval).</summary>
public sealed record DistributionSummary(double Mean, double StandardDeviation, double Low, double Median, double High)
{
    public static DistributionSummary Of(ValueSketch sketch)
    {
        ArgumentNullException.ThrowIfNull(sketch);
        return new DistributionSummary(sketch.Mean, sketch.StandardDeviation, sketch.Quantile(0.05), sketch.Quantile(0.5), sketch.Quantile(0.95));
    }
}
