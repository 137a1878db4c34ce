using Simulator.Domain.MonteCarlo.State;

namespace Simulator.Domain.Series;

/// <summary>
/// The counts a <see cref="SeriesAccumulator"/> holds, as plain data, so a batch of series runs made
/// on another silo merges exactly as a local one: per round the ordinary accumulator state and how
/// many runs reproduced that round's record, and how many reproduced every round's.
/// </summary>
public sealed record SeriesAccumulatorState(
    long Runs,
    IReadOnlyList<AccumulatorState> Rounds,
    IReadOnlyList<long> RoundMatched,
    long AllMatched);
