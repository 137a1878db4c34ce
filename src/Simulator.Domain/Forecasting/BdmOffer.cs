namespace Simulator.Domain.Forecasting;

/// <summary>
/// The offer a receiver accepted in a round: from the receiver's view, a = E(U) of challenging
/// the proposer and b = the proposer's E(U) of challenging it, and the position it moves to.
/// </summary>
public sealed record BdmOffer(int Receiver, int Proposer, BdmOfferKind Kind, double ReceiverGain, double ProposerGain, double NewPosition);
