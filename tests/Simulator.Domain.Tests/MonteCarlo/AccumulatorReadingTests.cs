using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Tests.MonteCarlo;

/// <summary>
/// The accumulator counts each run into cheap pending structures and folds them into the counts it
/// reports when it is read (a result, a state, a merge): reading it at any point, and going on
/// adding runs, must give the counts of one accumulator that was read once at the end.
/// </summary>
public sealed class AccumulatorReadingTests
{
    private static readonly CompiledScenario Istanbul =
        CompiledScenario.Compile(ScenarioLoader.Load(RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml")));

    [Fact]
    public void Reading_between_runs_does_not_change_the_counts()
    {
        const ulong seed = 11;
        var once = new ExperimentAccumulator(Istanbul);
        ExperimentRunner.AccumulateBatch(Istanbul, seed, 0, 300, once);

        var readOften = new ExperimentAccumulator(Istanbul);
        var midway = new List<string>();
        foreach (var (from, count) in new[] { (0, 1), (1, 99), (100, 50), (150, 150) })
        {
            ExperimentRunner.AccumulateBatch(Istanbul, seed, from, count, readOften);
            midway.Add(ExperimentJson.Serialize(readOften.ToResult(seed)));
            _ = readOften.ToState();
        }

        Assert.Equal(ExperimentJson.Serialize(once.ToResult(seed)), midway[^1]);
        Assert.Equal(4, midway.Distinct().Count());
    }

    [Fact]
    public void Merging_accumulators_with_pending_runs_counts_every_run_once()
    {
        const ulong seed = 12;
        var whole = new ExperimentAccumulator(Istanbul);
        ExperimentRunner.AccumulateBatch(Istanbul, seed, 0, 240, whole);

        var first = new ExperimentAccumulator(Istanbul);
        var second = new ExperimentAccumulator(Istanbul);
        ExperimentRunner.AccumulateBatch(Istanbul, seed, 0, 120, first);
        _ = first.ToState();
        ExperimentRunner.AccumulateBatch(Istanbul, seed, 120, 60, first);
        ExperimentRunner.AccumulateBatch(Istanbul, seed, 180, 60, second);
        first.Merge(second);

        // The merged accumulator keeps counting after the merge.
        var total = new ExperimentAccumulator(Istanbul);
        total.Merge(first);
        Assert.Equal(240, total.Runs);
        Assert.Equal(ExperimentJson.Serialize(whole.ToResult(seed)), ExperimentJson.Serialize(total.ToResult(seed)));
        Assert.Equal(ExperimentJson.Serialize(whole.ToResult(seed)), ExperimentJson.Serialize(first.ToResult(seed)));
    }
}
