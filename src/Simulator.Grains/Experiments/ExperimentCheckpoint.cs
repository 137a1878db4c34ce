using Simulator.Contracts.Experiments;

namespace Simulator.Grains.Experiments;

/// <summary>
/// What a running experiment has counted so far, persisted every few seconds: the merged counts of
/// the counted batches, which batches they are (for the batch size they were cut with), and per silo
/// how many it ran. A coordinator reactivated after its silo died resumes from here: the batches
/// listed are not run again, every other one is (including any counted after the last checkpoint,
/// whose counts died with the coordinator), so every run is still counted exactly once.
/// </summary>
[GenerateSerializer, Alias("Simulator.ExperimentCheckpoint")]
public sealed class ExperimentCheckpoint
{
    [Id(0)]
    public int BatchSize { get; set; }

    [Id(1)]
    public ExperimentAggregate? Counted { get; set; }

    [Id(2)]
    public int[] CountedBatches { get; set; } = [];

    [Id(3)]
    public NamedCountDto[] BatchesBySilo { get; set; } = [];

    [Id(4)]
    public int Retries { get; set; }
}
