using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Scenarios;

namespace Simulator.Benchmarks.Baseline;

/// <summary>
/// A party in an alternating-offers negotiation: on its turn it either accepts the standing offer or
/// replaces it with its own; it sees every offer made.
/// </summary>
internal interface IOfferAgent<TOffer>
    where TOffer : notnull
{
    /// <summary>The offer this agent puts on the table when it is its turn to propose.</summary>
    TOffer Propose(NegotiationClock clock);

    /// <summary>Whether this agent accepts the standing offer on its turn.</summary>
    bool Accepts(TOffer offer, NegotiationClock clock);

    /// <summary>Told of every new offer (its own included), so strategies that react to others can learn.</summary>
    void Observe(TOffer offer, int proposer, NegotiationClock clock);
}
