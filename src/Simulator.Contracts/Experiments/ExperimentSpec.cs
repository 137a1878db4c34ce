namespace Simulator.Contracts.Experiments;

/// <summary>
/// What an experiment runs: a self-contained scenario snapshot (resolved YAML, sent once), the
/// parameter overrides applied to the compiled snapshot (the `--set` changes of numeric parameters, a
/// sweep's grid values, a sensitivity probe), the number of runs, the seed and the batch size (runs
/// per worker call). Results depend only on the snapshot, the overrides, the runs and the seed, never
/// on the batch size or on where batches run.
/// </summary>
[GenerateSerializer, Immutable, Alias("Simulator.ExperimentSpec")]
public sealed record ExperimentSpec(
    [property: Id(0)] string ScenarioSnapshot,
    [property: Id(1)] int Runs,
    [property: Id(2)] ulong Seed,
    [property: Id(3)] int BatchSize = ExperimentSpec.DefaultBatchSize)
{
    /// <summary>Big enough that a call's overhead is small, small enough that a call takes well under a second.</summary>
    public const int DefaultBatchSize = 250;

    [Id(4)]
    public IReadOnlyList<ParameterOverrideDto> Overrides { get; init; } = [];

    /// <summary>A scenario, or a series whose every run plays all its rounds (its --set changes are inside the snapshot).</summary>
    [Id(5)]
    public ExperimentKind Kind { get; init; } = ExperimentKind.Scenario;
}
