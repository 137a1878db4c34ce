namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>
/// p(B) - p(A) for one issue, with Newcombe's 95% interval for the difference and the two-sided
/// p-value of the pooled two-proportion z-test.
/// </summary>
public sealed record ProportionDifference(
    double ProbabilityA,
    double ProbabilityB,
    double Difference,
    double Low,
    double High,
    double Z,
    double PValue)
{
    /// <summary>Whether the test rejects "no difference" at <paramref name="alpha"/>.</summary>
    public bool IsSignificant(double alpha = 0.05) => PValue < alpha;
}
