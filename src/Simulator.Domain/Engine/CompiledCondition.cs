namespace Simulator.Domain.Engine;

/// <summary>A condition on an issue with its bounds as parameter indices (-1 when open).</summary>
public sealed record CompiledCondition(int Issue, int AtLeast, int AtMost)
{
    /// <summary>Whether <paramref name="value"/> on the issue meets the condition.</summary>
    public bool HoldsFor(double value, ReadOnlySpan<double> values) => PartyEvaluator.Holds(value, AtLeast, AtMost, values);
}
