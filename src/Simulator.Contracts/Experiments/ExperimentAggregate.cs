namespace Simulator.Contracts.Experiments;

/// <summary>
/// The order-independent counts of a set of runs (the Domain accumulator's state): merged batch by
/// batch and turned into the experiment result where the scenario is at hand. For a series the
/// counts are per round (<see cref="Rounds"/>), with how many runs reproduced each round's record
/// and every round's; the scenario fields then hold only <see cref="Runs"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("Simulator.ExperimentAggregate")]
public sealed record ExperimentAggregate(
    [property: Id(0)] int Runs,
    [property: Id(1)] long RoundsSum,
    [property: Id(2)] long MilliMinutesSum,
    [property: Id(3)] NamedCountDto[] EndReasons,
    [property: Id(4)] NamedCountDto[] Patterns,
    [property: Id(5)] IssueTallyDto[] Issues)
{
    [Id(6)]
    public ExperimentAggregate[]? Rounds { get; init; }

    [Id(7)]
    public long[]? RoundMatched { get; init; }

    [Id(8)]
    public long AllMatched { get; init; }
}
