namespace Simulator.Contracts.Experiments;

/// <summary>
/// Runs [<see cref="From"/>, From + <see cref="Count"/>) of an experiment. The snapshot travels with
/// every batch (workers on any silo can compile it) together with its SHA-256 hash, by which workers
/// cache the compiled scenario, and the experiment's parameter overrides. <see cref="Attempt"/>
/// counts re-runs after a failure, from 0.
/// </summary>
[GenerateSerializer, Immutable, Alias("Simulator.BatchRequest")]
public sealed record BatchRequest(
    [property: Id(0)] string ExperimentId,
    [property: Id(1)] string ScenarioSnapshot,
    [property: Id(2)] string SnapshotHash,
    [property: Id(3)] ulong Seed,
    [property: Id(4)] int From,
    [property: Id(5)] int Count,
    [property: Id(6)] int Attempt)
{
    [Id(7)]
    public IReadOnlyList<ParameterOverrideDto> Overrides { get; init; } = [];

    [Id(8)]
    public ExperimentKind Kind { get; init; } = ExperimentKind.Scenario;
}
