namespace Simulator.Contracts.Experiments;

/// <summary>Where an experiment is: not started (or lost with its silo), running, completed or failed.</summary>
[GenerateSerializer, Alias("Simulator.ExperimentState")]
public enum ExperimentState
{
    NotStarted,
    Running,
    Completed,
    Failed,
}
