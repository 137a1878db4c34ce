namespace Simulator.Contracts.Experiments;

/// <summary>
/// The order-independent counts of a set of runs (the Domain accumulator's state): merged batch by
/// batch and turned into the experiment result where the scenario is at hand.
/// </summary>
[GenerateSerializer, Immutable, Alias("Simulator.ExperimentAggregate")]
public sealed record ExperimentAggregate(
    [property: Id(0)] int Runs,
    [property: Id(1)] long RoundsSum,
    [property: Id(2)] long MilliMinutesSum,
    [property: Id(3)] NamedCountDto[] EndReasons,
    [property: Id(4)] NamedCountDto[] Patterns,
    [property: Id(5)] IssueTallyDto[] Issues);
