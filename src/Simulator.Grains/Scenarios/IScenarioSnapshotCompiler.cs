using Simulator.Domain.Engine;

namespace Simulator.Grains.Scenarios;

/// <summary>Turns a scenario snapshot (self-contained YAML) into a compiled scenario.</summary>
public interface IScenarioSnapshotCompiler
{
    CompiledScenario Compile(string snapshot);
}
