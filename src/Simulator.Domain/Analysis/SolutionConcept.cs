namespace Simulator.Domain.Analysis;

/// <summary>
/// The bargaining solution concepts we compute, named so they cannot be confused (the egalitarian
/// point is not Kalai–Smorodinsky, although the two coincide on symmetric problems).
/// </summary>
public enum SolutionConcept
{
    /// <summary>Nash (1950): maximises the product of gains over the disagreement point.</summary>
    Nash,

    /// <summary>Asymmetric Nash: maximises the product of gains each raised to the party's weight (capability).</summary>
    WeightedNash,

    /// <summary>Kalai–Smorodinsky (1975): gains proportional to each party's ideal gain, as large as possible.</summary>
    KalaiSmorodinsky,

    /// <summary>Egalitarian (Kalai 1977): maximises the smallest absolute gain over the disagreement point.</summary>
    Egalitarian,

    /// <summary>Utilitarian: maximises the sum of utilities.</summary>
    Utilitarian,
}
