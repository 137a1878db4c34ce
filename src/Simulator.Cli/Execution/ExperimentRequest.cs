using Simulator.Contracts.Experiments;
using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios.Overrides;

namespace Simulator.Cli.Execution;

/// <summary>
/// One experiment to run: the compiled scenario with its overrides applied (for in-process execution
/// and to turn counts into the result), the wire form a cluster receives (the resolved snapshot,
/// sent once, and the list of parameter overrides), the number of runs and the seed.
/// </summary>
public sealed record ExperimentRequest(CompiledScenario Scenario, string Snapshot, IReadOnlyList<ParameterOverride> Overrides, int Runs, ulong Seed)
{
    /// <summary>The spec the experiment grain receives.</summary>
    public ExperimentSpec ToSpec() => new(Snapshot, Runs, Seed)
    {
        Overrides = [.. Overrides.Select(o => new ParameterOverrideDto(o.Path, o.Value))],
    };
}
