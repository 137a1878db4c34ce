namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>A 95% interval around an estimate.</summary>
public sealed record IntervalEstimate(double Low, double High)
{
    public bool Excludes(double value) => value < Low || value > High;
}
