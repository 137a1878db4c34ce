using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Scenarios;

namespace Simulator.Benchmarks.Baseline;

/// <summary>
/// How a stacked alternating-offers negotiation ended: the agreed offer (null when the deadline
/// passed first), the turn on which the last acceptance came, and every offer made.
/// </summary>
internal sealed record AlternatingOffersOutcome<TOffer>(OfferRecord<TOffer>? Agreement, int TurnsUsed, IReadOnlyList<OfferRecord<TOffer>> Offers)
    where TOffer : notnull
{
    public bool Agreed => Agreement is not null;
}
