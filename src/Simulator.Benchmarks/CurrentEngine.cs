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

    /// <summary>One run as <see cref="RunFingerprint"/> makes of it: the Monte Carlo path (no transcript) and `sim explain`'s must agree, or the text says how they differ.</summary>
    public static string Run(CompiledScenario scenario, ulong seed, int runIndex)
    {
        var explained = Fingerprint(ExperimentRunner.Explain(scenario, seed, runIndex));
        var values = ParameterSampler.Sample(scenario.Parameters, new Xoshiro256StarStar(SplitMix64.RunSeed(seed, runIndex)));
        var run = Fingerprint(ProtocolCatalog.For(scenario.Scenario.Protocol.Kind).Run(scenario, values, recordTranscript: false));
        return run == explained ? run : $"{run}\n(explain gives)\n{explained}";
    }

    private static string Fingerprint(NegotiationResult result) =>
        RunFingerprint.Of(result.Rounds, result.Minutes, result.EndReason, result.Issues.Select(o => (o.Issue, o.Agreed, o.Value, o.Round, o.Blocker?.Key, o.Blocker?.Explanation)));
}
