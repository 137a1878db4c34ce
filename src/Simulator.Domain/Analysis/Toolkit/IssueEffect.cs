namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>
/// One parameter's effect on one issue's agreement probability: at the low and high ends of its
/// range (others sampled, each with its 95% Wilson interval), the swing between them (with
/// Newcombe's 95% interval for a difference of two proportions), and its first-order Sobol index
/// (with a bootstrap interval, <see cref="IndexBootstrap"/>). <see cref="BeyondNoise"/>: the swing's
/// interval excludes 0, or the index's interval lies above 0.
/// </summary>
public sealed record IssueEffect(
    string Issue,
    double AtLow,
    double AtHigh,
    double Swing,
    double FirstOrderIndex,
    IntervalEstimate? AtLowInterval = null,
    IntervalEstimate? AtHighInterval = null,
    IntervalEstimate? SwingInterval = null,
    IntervalEstimate? IndexInterval = null,
    bool BeyondNoise = false);
