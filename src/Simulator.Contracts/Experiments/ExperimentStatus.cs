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
    [property: Id(3)] string? Error = null);
