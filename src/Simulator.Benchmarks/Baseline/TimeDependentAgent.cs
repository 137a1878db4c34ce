using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Scenarios;

namespace Simulator.Benchmarks.Baseline;

/// <summary>
/// Concedes with time along a Faratin curve: aims at target(t) = reservation + (best − reservation)
/// (1 − α(t)), proposes the offer that gives it at least the target and suits the others best, and
/// accepts any offer worth at least the current target.
/// </summary>
internal sealed class TimeDependentAgent<TOffer> : IOfferAgent<TOffer>
    where TOffer : notnull
{
    private readonly int index;
    private readonly OfferSpace<TOffer> space;
    private readonly TimeDependentTactic tactic;
    private readonly double reservation;
    private readonly double best;

    public TimeDependentAgent(int index, OfferSpace<TOffer> space, TimeDependentTactic tactic, double reservation)
    {
        this.index = index;
        this.space = space ?? throw new ArgumentNullException(nameof(space));
        this.tactic = tactic ?? throw new ArgumentNullException(nameof(tactic));
        this.reservation = reservation;
        best = space.BestUtility(index);
    }

    public double Target(NegotiationClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return tactic.UtilityTarget(clock.Fraction, 1.0, reservation, best);
    }

    public TOffer Propose(NegotiationClock clock) => space.ProposalFor(index, Target(clock));

    public bool Accepts(TOffer offer, NegotiationClock clock) => space.Utility(index, offer) >= Target(clock) - 1e-12;

    public void Observe(TOffer offer, int proposer, NegotiationClock clock)
    {
        // A time-dependent tactic looks only at the clock.
    }
}
