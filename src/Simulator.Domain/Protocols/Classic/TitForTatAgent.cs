namespace Simulator.Domain.Protocols.Classic;

/// <summary>
/// Relative tit-for-tat (Faratin et al. 1998, imitative tactics): concedes, in its own utility, as much
/// as the others' latest offers conceded to it, and never below its reservation utility. An opening
/// concession (a share of its range) breaks the deadlock two pure imitators would otherwise hold.
/// </summary>
public sealed class TitForTatAgent<TOffer> : IOfferAgent<TOffer>
    where TOffer : notnull
{
    private readonly int index;
    private readonly OfferSpace<TOffer> space;
    private readonly double reservation;
    private readonly double best;
    private readonly double openingConcession;
    private double target;
    private double? lastReceived;
    private bool openedConcession;

    public TitForTatAgent(int index, OfferSpace<TOffer> space, double reservation, double openingConcession = 0.05)
    {
        this.index = index;
        this.space = space ?? throw new ArgumentNullException(nameof(space));
        this.reservation = reservation;
        this.openingConcession = openingConcession;
        best = space.BestUtility(index);
        target = best;
    }

    /// <summary>The utility this agent currently insists on.</summary>
    public double Target => target;

    public TOffer Propose(NegotiationClock clock)
    {
        if (!openedConcession && lastReceived is not null)
        {
            openedConcession = true;
            target = Math.Max(reservation, target - (openingConcession * (best - reservation)));
        }

        return space.ProposalFor(index, target);
    }

    public bool Accepts(TOffer offer, NegotiationClock clock) => space.Utility(index, offer) >= target - 1e-12;

    public void Observe(TOffer offer, int proposer, NegotiationClock clock)
    {
        if (proposer == index)
        {
            return;
        }

        var received = space.Utility(index, offer);
        if (lastReceived is { } previous && received > previous)
        {
            // Reciprocate the concession just received, measured in this agent's own utility.
            target = Math.Max(reservation, target - (received - previous));
        }

        lastReceived = lastReceived is null ? received : Math.Max(lastReceived.Value, received);
    }
}
