namespace Simulator.Contracts.Experiments;

/// <summary>
/// An experiment's state and progress; once completed, its merged counts (<see cref="Outcome"/>);
/// once failed, why (<see cref="Error"/>), and no partial counts.
/// </summary>
[GenerateSerializer, Immutable, Alias("Simulator.ExperimentStatus")]
public sealed record ExperimentStatus(
    [property: Id(0)] ExperimentState State,
    [property: Id(1)] ExperimentProgress Progress,
    [property: Id(2)] ExperimentOutcome? Outcome = null,
    [property: Id(3)] string? Error = null)
{
    /// <summary>The silo the coordinator runs on (for operators and tests).</summary>
    [Id(4)]
    public string? Coordinator { get; init; }

    /// <summary>How many runs the last stored checkpoint holds: what a coordinator lost now would resume from.</summary>
    [Id(5)]
    public int CheckpointedRuns { get; init; }

    /// <summary>How many batches each silo has had counted so far (all of them once completed).</summary>
    [Id(6)]
    public NamedCountDto[] BatchesBySilo { get; init; } = [];
}
