using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Series;

/// <summary>
/// A principal's reservation utility in this round rises by <see cref="PerShortfall"/> times the
/// other side's shortfall: the mean of (1 - implemented) over the carried items agreed in the
/// previous round. Less trust, a higher value of walking away.
/// </summary>
public sealed record TrustRule(string PartyId, Parameter PerShortfall, Provenance? Source);
