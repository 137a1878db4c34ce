namespace Simulator.Contracts.Experiments;

/// <summary>
/// A finished experiment: the merged counts of every run (exactly once each), how many batches ran,
/// how many were re-run after a failure or a deadline, which silos ran them and how many batches each.
/// </summary>
[GenerateSerializer, Immutable, Alias("Simulator.ExperimentOutcome")]
public sealed record ExperimentOutcome(
    [property: Id(0)] ExperimentAggregate Aggregate,
    [property: Id(1)] int Batches,
    [property: Id(2)] int Retries,
    [property: Id(3)] string[] Silos)
{
    /// <summary>Counted batches per silo (key: the silo's address).</summary>
    [Id(4)]
    public NamedCountDto[] BatchesBySilo { get; init; } = [];

    /// <summary>Runs taken from a checkpoint when a coordinator lost with its silo was resumed elsewhere (0 when it never was).</summary>
    [Id(5)]
    public int ResumedRuns { get; init; }
}
