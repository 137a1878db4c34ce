using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Grains.Tests.Support;

/// <summary>The shipped Istanbul scenario as the snapshot grains receive, and compiled for in-process comparison.</summary>
internal static class TestSnapshots
{
    private static readonly Lazy<string> IstanbulYaml = new(() => ScenarioLoader.ResolveToYaml(RepositoryFiles.Path("scenarios", "istanbul-2025-05-16.yaml")));

    private static readonly Lazy<(string Snapshot, string FirstRoundYaml)> SeriesSnapshots = new(() =>
    {
        var (_, snapshot) = Domain.Series.SeriesSnapshot.Create(RepositoryFiles.Path("scenarios", "istanbul-2025-series.yaml"));
        return (snapshot, Domain.Series.SeriesSnapshot.RoundYaml(snapshot, 0));
    });

    public static string Istanbul => IstanbulYaml.Value;

    /// <summary>The shipped Istanbul series as a class receives it, and its first round's resolved YAML.</summary>
    public static (string Snapshot, string FirstRoundYaml) Series => SeriesSnapshots.Value;

    public static CompiledScenario Compile(string snapshot) =>
        CompiledScenario.Compile(ScenarioLoader.LoadText(snapshot, "test snapshot"));
}
