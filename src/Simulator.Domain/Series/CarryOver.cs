using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Series;

/// <summary>
/// How one issue agreed in the previous round enters this one: <see cref="Mode"/>, and the share of
/// it carried out before this round (<see cref="Implemented"/>, 0-1, itself uncertain: the 2025
/// swaps were carried out in stages and not always in full).
/// </summary>
public sealed record CarryOver(string IssueId, CarryMode Mode, Parameter Implemented, Provenance? Source);
