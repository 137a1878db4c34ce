using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Scenarios;

namespace Simulator.Benchmarks.Baseline;

/// <summary>One offer in a transcript: when it was made, by whom, and what it said.</summary>
internal sealed record OfferRecord<TOffer>(int Turn, int Proposer, TOffer Offer)
    where TOffer : notnull;
