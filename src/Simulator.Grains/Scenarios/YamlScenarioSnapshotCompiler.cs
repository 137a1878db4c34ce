using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Grains.Scenarios;

/// <summary>Compiles a resolved, self-contained scenario YAML (what `ScenarioLoader.ResolveToYaml` produces).</summary>
public sealed class YamlScenarioSnapshotCompiler : IScenarioSnapshotCompiler
{
    public const string DisplayName = "scenario snapshot";

    public CompiledScenario Compile(string snapshot) =>
        CompiledScenario.Compile(ScenarioLoader.LoadText(snapshot, DisplayName));
}
