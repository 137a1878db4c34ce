namespace Simulator.Contracts.Experiments;

/// <summary>What an experiment's snapshot holds: one scenario (its resolved YAML), or a series of rounds (a series snapshot).</summary>
[GenerateSerializer, Alias("Simulator.ExperimentKind")]
public enum ExperimentKind
{
    Scenario,
    Series,
}
