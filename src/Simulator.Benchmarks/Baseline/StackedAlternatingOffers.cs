using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Scenarios;

namespace Simulator.Benchmarks.Baseline;

/// <summary>
/// The stacked alternating offers protocol for n parties with unanimity (Aydoğan et al. 2017): the
/// parties move in a fixed cyclic order; the first proposes, and each after it either accepts the
/// standing offer or replaces it with a counter-offer. An offer is agreed when every other party has
/// accepted it in turn. With two parties this is Rubinstein's alternating-offers game.
/// </summary>
internal static class StackedAlternatingOffers
{
    public static AlternatingOffersOutcome<TOffer> Run<TOffer>(IReadOnlyList<IOfferAgent<TOffer>> agents, int maxTurns)
        where TOffer : notnull
    {
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentOutOfRangeException.ThrowIfLessThan(agents.Count, 2);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxTurns);
        var offers = new List<OfferRecord<TOffer>>();
        OfferRecord<TOffer>? standing = null;
        var acceptances = 0;
        for (var turn = 0; turn < maxTurns; turn++)
        {
            var clock = new NegotiationClock(turn, maxTurns, agents.Count);
            var mover = clock.Mover;
            if (standing is not null && agents[mover].Accepts(standing.Offer, clock))
            {
                acceptances++;
                if (acceptances == agents.Count - 1)
                {
                    return new AlternatingOffersOutcome<TOffer>(standing, turn + 1, offers);
                }

                continue;
            }

            standing = new OfferRecord<TOffer>(turn, mover, agents[mover].Propose(clock));
            offers.Add(standing);
            acceptances = 0;
            foreach (var agent in agents)
            {
                agent.Observe(standing.Offer, mover, clock);
            }
        }

        return new AlternatingOffersOutcome<TOffer>(null, maxTurns, offers);
    }
}
