namespace Simulator.Domain.MonteCarlo.State;

/// <summary>One agenda issue's counts: runs that agreed it, the agreed values, and what blocked it.</summary>
public sealed record IssueTallyState(long Agreed, IReadOnlyList<ValueCount> Histogram, IReadOnlyList<BlockerTallyState> Blockers);
