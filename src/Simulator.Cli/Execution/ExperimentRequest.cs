using Simulator.Domain.Engine;

namespace Simulator.Cli.Execution;

/// <summary>
/// One experiment to run: the compiled scenario (for in-process execution), its resolved,
/// self-contained YAML (the snapshot a cluster receives), the number of runs and the seed.
/// </summary>
public sealed record ExperimentRequest(CompiledScenario Scenario, string ScenarioYaml, int Runs, ulong Seed);
