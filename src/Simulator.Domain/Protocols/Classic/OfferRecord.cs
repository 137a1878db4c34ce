namespace Simulator.Domain.Protocols.Classic;

/// <summary>One offer in a transcript: when it was made, by whom, and what it said.</summary>
public sealed record OfferRecord<TOffer>(int Turn, int Proposer, TOffer Offer)
    where TOffer : notnull;
