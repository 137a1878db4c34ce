using BenchmarkDotNet.Attributes;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Benchmarks;

/// <summary>
/// Runs per second of the Istanbul baseline on one core: a batch of runs through the pure engine,
/// with the cost of aggregation included. Compare against <see cref="OneRunWithTranscript"/> to see
/// what recording a transcript costs.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    public const int BatchSize = 1000;
    private CompiledScenario _scenario = null!;

    [GlobalSetup]
    public void Setup() => _scenario = CompiledScenario.Compile(ScenarioLoader.Load(RepositoryFiles.Find("scenarios/istanbul-2025-05-16.yaml")));

    [Benchmark(Baseline = true, OperationsPerInvoke = BatchSize)]
    public int BaselineBatchOneCore()
    {
        var accumulator = new ExperimentAccumulator(_scenario);
        ExperimentRunner.AccumulateBatch(_scenario, 20250516, 0, BatchSize, accumulator);
        return accumulator.Runs;
    }

    [Benchmark]
    public int OneRunWithTranscript() => ExperimentRunner.Explain(_scenario, 20250516, 0).Rounds;
}
