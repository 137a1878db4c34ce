namespace Simulator.Domain.Protocols.Classic;

/// <summary>
/// How a Zeuthen negotiation ended: the agreed grid index (null if it ran out of rounds), the number
/// of concession rounds it took, and every pair of standing offers from the opening on.
/// </summary>
public sealed record ZeuthenResult(int? Agreement, int Rounds, IReadOnlyList<(int Offer1, int Offer2)> History);
