using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;

namespace Simulator.Benchmarks;

/// <summary>The frozen engine of <c>Baseline/</c> behind the same calls the benchmarks make of the current one.</summary>
public static class BaselineEngine
{
    /// <summary>Runs [from, from + count) of an experiment on this thread into one aggregate.</summary>
    public static ExperimentResult Accumulate(CompiledScenario scenario, ulong seed, int from, int count)
    {
        var accumulator = new Baseline.ExperimentAccumulator(scenario);
        Baseline.ExperimentRunner.AccumulateBatch(scenario, seed, from, count, accumulator);
        return accumulator.ToResult(seed);
    }

    /// <summary>One run, as the text <see cref="RunFingerprint"/> makes of it.</summary>
    public static string Run(CompiledScenario scenario, ulong seed, int runIndex)
    {
        var result = Baseline.ExperimentRunner.Explain(scenario, seed, runIndex);
        return RunFingerprint.Of(result.Rounds, result.Minutes, result.EndReason, result.Issues.Select(o => (o.Issue, o.Agreed, o.Value, o.Round, o.Blocker?.Key, o.Blocker?.Explanation)));
    }
}
