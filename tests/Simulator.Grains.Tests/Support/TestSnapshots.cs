using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Grains.Tests.Support;

/// <summary>The shipped Istanbul scenario as the snapshot grains receive, and compiled for in-process comparison.</summary>
internal static class TestSnapshots
{
    private static readonly Lazy<string> IstanbulYaml = new(() => ScenarioLoader.ResolveToYaml(RepositoryFiles.Path("scenarios", "istanbul-2025-05-16.yaml")));

    public static string Istanbul => IstanbulYaml.Value;

    public static CompiledScenario Compile(string snapshot) =>
        CompiledScenario.Compile(ScenarioLoader.LoadText(snapshot, "test snapshot"));
}
