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

    public string Path => Parameter.Path;

    /// <summary>Whether the record moved the parameter by more than chance would (95%).</summary>
    public bool Moved => Distance > ChanceDistance;
}
