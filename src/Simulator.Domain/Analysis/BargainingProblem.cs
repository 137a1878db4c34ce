namespace Simulator.Domain.Analysis;

/// <summary>
/// A discrete bargaining problem: the feasible outcomes as utility vectors, the disagreement point
/// (what each party gets without a deal) and optional bargaining weights for the weighted Nash
/// solution (capabilities; equal weights when absent).
/// </summary>
public sealed record BargainingProblem(
    IReadOnlyList<UtilityPoint> Outcomes,
    IReadOnlyList<double> Disagreement,
    IReadOnlyList<double>? Weights = null)
{
    public int PartyCount => Disagreement.Count;

    /// <summary>The outcomes no party would veto in favour of disagreement. Every concept is restricted to these.</summary>
    public IReadOnlyList<UtilityPoint> IndividuallyRational() =>
        Outcomes.Where(o => o.IsIndividuallyRational(Disagreement)).ToList();

    /// <summary>
    /// The ideal (utopia) point: each party's best utility over the individually rational outcomes,
    /// not over all outcomes (an outcome the other side would veto is no one's realistic ideal).
    /// Null when no outcome is individually rational.
    /// </summary>
    public IReadOnlyList<double>? IdealPoint()
    {
        var rational = IndividuallyRational();
        if (rational.Count == 0)
        {
            return null;
        }

        return Enumerable.Range(0, PartyCount).Select(i => rational.Max(o => o.Utilities[i])).ToArray();
    }

    /// <summary>The weights the weighted Nash solution uses: the given ones, or 1 for everyone.</summary>
    public IReadOnlyList<double> EffectiveWeights() => Weights ?? Enumerable.Repeat(1.0, PartyCount).ToArray();
}
