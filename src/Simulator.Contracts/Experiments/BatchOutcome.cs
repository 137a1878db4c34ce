namespace Simulator.Contracts.Experiments;

/// <summary>A batch's merged counts and the silo that ran it.</summary>
[GenerateSerializer, Immutable, Alias("Simulator.BatchOutcome")]
public sealed record BatchOutcome(
    [property: Id(0)] int From,
    [property: Id(1)] int Count,
    [property: Id(2)] string Silo,
    [property: Id(3)] ExperimentAggregate Aggregate);
