using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Benchmarks;

/// <summary>
/// Runs per second on one core, the current engine against the frozen copy in <c>Baseline/</c>
/// measured in the same process: a batch of runs straight into an accumulator (aggregation
/// included), for the Istanbul baseline (mediated single text) and its alternating-offers what-if.
/// Each category's ratio column is current ÷ baseline; the memory diagnoser gives bytes per run.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class EngineBenchmarks
{
    public const int BatchSize = 1000;
    private const ulong Seed = 20250516;
    private CompiledScenario _mediated = null!;
    private CompiledScenario _alternating = null!;

    [GlobalSetup]
    public void Setup()
    {
        _mediated = Load("scenarios/istanbul-2025-05-16.yaml");
        _alternating = Load("scenarios/what-if-alternating-offers.yaml");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BatchSize)]
    [BenchmarkCategory("mediated")]
    public int MediatedBaselineEngine() => BaselineEngine.Accumulate(_mediated, Seed, 0, BatchSize).Runs;

    [Benchmark(OperationsPerInvoke = BatchSize)]
    [BenchmarkCategory("mediated")]
    public int MediatedCurrentEngine() => CurrentEngine.Accumulate(_mediated, Seed, 0, BatchSize).Runs;

    [Benchmark(Baseline = true, OperationsPerInvoke = BatchSize)]
    [BenchmarkCategory("alternating")]
    public int AlternatingBaselineEngine() => BaselineEngine.Accumulate(_alternating, Seed, 0, BatchSize).Runs;

    [Benchmark(OperationsPerInvoke = BatchSize)]
    [BenchmarkCategory("alternating")]
    public int AlternatingCurrentEngine() => CurrentEngine.Accumulate(_alternating, Seed, 0, BatchSize).Runs;

    [Benchmark]
    [BenchmarkCategory("transcript")]
    public int OneRunWithTranscript() => ExperimentRunner.Explain(_mediated, Seed, 0).Rounds;

    private static CompiledScenario Load(string path) => CompiledScenario.Compile(ScenarioLoader.Load(RepositoryFiles.Find(path)));
}
