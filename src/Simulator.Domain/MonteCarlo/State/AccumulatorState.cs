namespace Simulator.Domain.MonteCarlo.State;

/// <summary>
/// The counts an <see cref="ExperimentAccumulator"/> holds, as plain data, so partial aggregates can
/// travel between processes (grains, silos) and be merged where the experiment is coordinated.
/// Every list is sorted by key, so equal accumulators give equal states.
/// </summary>
public sealed record AccumulatorState(
    int Runs,
    long RoundsSum,
    long MilliMinutesSum,
    IReadOnlyList<NamedCount> EndReasons,
    IReadOnlyList<NamedCount> Patterns,
    IReadOnlyList<IssueTallyState> Issues);
