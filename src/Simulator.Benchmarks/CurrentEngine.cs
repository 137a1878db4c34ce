using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;

namespace Simulator.Benchmarks;

/// <summary>The Domain's engine behind the calls <see cref="BaselineEngine"/> offers.</summary>
public static class CurrentEngine
{
    public static ExperimentResult Accumulate(CompiledScenario scenario, ulong seed, int from, int count)
    {
        var accumulator = new ExperimentAccumulator(scenario);
        ExperimentRunner.AccumulateBatch(scenario, seed, from, count, accumulator);
        return accumulator.ToResult(seed);
    }

    public static string Run(CompiledScenario scenario, ulong seed, int runIndex)
    {
        var result = ExperimentRunner.Explain(scenario, seed, runIndex);
        return RunFingerprint.Of(result.Rounds, result.Minutes, result.EndReason, result.Issues.Select(o => (o.Issue, o.Agreed, o.Value, o.Round, o.Blocker?.Key, o.Blocker?.Explanation)));
    }
}
