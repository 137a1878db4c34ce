namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>
/// One parameter's effect on one issue's agreement probability: at the low and high ends of its
/// range (others sampled), the swing between them, and its first-order Sobol index.
/// </summary>
public sealed record IssueEffect(string Issue, double AtLow, double AtHigh, double Swing, double FirstOrderIndex);
