namespace Simulator.Domain.Forecasting;

/// <summary>
/// The challenge an initiator finds most advantageous in a turn, from its own point of view:
/// its expected gain and the probability that it would prevail.
/// </summary>
public sealed record SmpTarget(int Initiator, int Target, double Gain, double Probability);
