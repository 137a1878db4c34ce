namespace Simulator.Domain.Protocols.Classic;

/// <summary>
/// Plays Rubinstein's subgame-perfect strategy in a two-party split of a pie of size 1 (offers are
/// party 0's share): propose to keep exactly one's equilibrium share, accept any offer at least
/// worth the discounted value of proposing next turn. With a horizon (a last offer that takes all)
/// the shares come from backward induction; without one from the closed form.
/// </summary>
public sealed class RubinsteinAgent : IOfferAgent<double>
{
    private readonly int index;
    private readonly double ownDelta;
    private readonly double otherDelta;
    private readonly int? offerHorizon;

    /// <param name="index">0 or 1: the agent's seat; offers are seat 0's share.</param>
    /// <param name="offerHorizon">
    /// The number of offers that may be made (the last proposer takes all), or null for no deadline.
    /// Run the protocol with one turn more than this, so the last offer can be accepted.
    /// </param>
    public RubinsteinAgent(int index, double ownDelta, double otherDelta, int? offerHorizon)
    {
        if (index is not (0 or 1))
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "Rubinstein's game has two seats, 0 and 1.");
        }

        this.index = index;
        this.ownDelta = ownDelta;
        this.otherDelta = otherDelta;
        this.offerHorizon = offerHorizon;
    }

    public double Propose(NegotiationClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var keep = ProposerShare(OffersLeft(clock));
        return index == 0 ? keep : 1 - keep;
    }

    public bool Accepts(double offer, NegotiationClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var mine = index == 0 ? offer : 1 - offer;
        // Rejecting means counter-offering now, one period later than the standing offer.
        var offersLeft = OffersLeft(clock);
        var valueOfProposingNext = offersLeft <= 0 ? 0.0 : ownDelta * ProposerShare(offersLeft);
        return mine >= valueOfProposingNext - 1e-12;
    }

    public void Observe(double offer, int proposer, NegotiationClock clock)
    {
        // Subgame-perfect play does not depend on history.
    }

    // Offers that can still be made from this turn on, this turn's included (infinite: always many).
    private int OffersLeft(NegotiationClock clock) => offerHorizon is { } horizon ? horizon - clock.Turn : int.MaxValue;

    // This agent's share if it proposes with the given number of offers left (itself included).
    private double ProposerShare(int offersLeft) =>
        offerHorizon is null
            ? RubinsteinSplit.InfiniteHorizonProposerShare(ownDelta, otherDelta)
            : RubinsteinSplit.FiniteHorizonProposerShare(ownDelta, otherDelta, Math.Max(1, offersLeft));
}
