namespace Simulator.Domain.Forecasting;

/// <summary>
/// Positions after a round (round 0 is the input), the offers accepted in it, and the
/// capability-and-salience weighted mean and the pairwise-vote median of the new positions.
/// </summary>
public sealed record BdmRound(int Index, IReadOnlyList<double> Positions, IReadOnlyList<BdmOffer> Offers, double WeightedMean, double Median);
