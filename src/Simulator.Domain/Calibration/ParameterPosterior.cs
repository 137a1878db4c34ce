namespace Simulator.Domain.Calibration;

/// <summary>
/// One parameter before and after the record: the prior and posterior summaries, the shift of the
/// mean (in the parameter's units and in prior standard deviations), the Kolmogorov–Smirnov
/// distance between the two distributions (what the ranking uses: it sees a narrowing as well as
/// a shift), and the distance chance alone would reach (95%) with this many accepted runs.
/// Histograms are <see cref="HistogramBins"/> equal bins over [Min, Max].
/// </summary>
public sealed record ParameterPosterior(
    CalibratedParameter Parameter,
    DistributionSummary Prior,
    DistributionSummary Posterior,
    double Shift,
    double StandardShift,
    double Distance,
    double ChanceDistance,
    double Min,
    double Max,
    IReadOnlyList<long> PriorHistogram,
    IReadOnlyList<long> PosteriorHistogram)
{
    public const int HistogramBins = 20;

    /// <summary>
    /// A smaller KS distance is not called a move however many runs make it significant: the two
    /// distribution functions are nowhere five points apart.
    /// </summary>
    public const double MinMeaningfulDistance = 0.05;

    public string Path => Parameter.Path;

    /// <summary>Whether the record moved the parameter by more than chance would (95%) and by a meaningful distance.</summary>
    public bool Moved => Distance > ChanceDistance && Distance >= MinMeaningfulDistance;

    /// <summary>
    /// The uniform whose central 90% is the posterior's 90% interval, clipped to the declared range:
    /// a parameter the record did not move gets its uniform prior back, and a posterior uniform on
    /// part of the range gets exactly that part.
    /// </summary>
    public (double Low, double High) UniformMatchingPosterior()
    {
        var margin = (Posterior.High - Posterior.Low) / 18;
        return (Math.Max(Min, Posterior.Low - margin), Math.Min(Max, Posterior.High + margin));
    }
}
