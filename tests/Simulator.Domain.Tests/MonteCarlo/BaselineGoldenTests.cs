using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Tests.MonteCarlo;

/// <summary>
/// The baseline's result.json for 200 runs with the README's seed, pinned. Any change to what the
/// engine, the sampler or the aggregation produce shows here, key by key; when the change is
/// intended, tests/update-golden.sh rewrites the file and prints the diff for review.
/// </summary>
public sealed class BaselineGoldenTests
{
    private const string GoldenName = "istanbul-2025-05-16.runs200.seed20250516.result.json";

    [Fact]
    public void Baseline_result_equals_the_pinned_result_key_by_key()
    {
        var scenario = CompiledScenario.Compile(ScenarioLoader.Load(RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml")));
        var actual = ExperimentJson.Serialize(ExperimentRunner.Run(scenario, 200, 20250516)) + "\n";
        var differences = JsonDifferences.Between(GoldenFile.Expected(GoldenName, actual), actual);
        Assert.True(
            differences.Count == 0,
            $"{differences.Count} differences from {GoldenName} (if intended, run tests/update-golden.sh and commit the diff):\n" + string.Join('\n', differences.Take(30)));
    }
}
