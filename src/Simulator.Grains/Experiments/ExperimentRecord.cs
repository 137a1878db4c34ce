using Simulator.Contracts.Experiments;

namespace Simulator.Grains.Experiments;

/// <summary>What an experiment grain persists: the key of the spec it runs, while running its last checkpoint, once completed its outcome.</summary>
[GenerateSerializer, Alias("Simulator.ExperimentRecord")]
public sealed class ExperimentRecord
{
    [Id(0)]
    public string? SpecKey { get; set; }

    [Id(1)]
    public ExperimentOutcome? Outcome { get; set; }

    [Id(2)]
    public ExperimentCheckpoint? Checkpoint { get; set; }
}
