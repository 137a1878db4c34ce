using System.Diagnostics;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Benchmarks;

/// <summary>A stopwatch look at the engine: one-core and all-core runs per second of the baseline, and their ratio.</summary>
public static class QuickTiming
{
    public static void Run()
    {
        var scenario = CompiledScenario.Compile(ScenarioLoader.Load(RepositoryFiles.Find("scenarios/istanbul-2025-05-16.yaml")));
        ExperimentRunner.Run(scenario, 2000, 1, parallelism: 1);
        const int runs = 10_000;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var one = Measure(() => ExperimentRunner.Run(scenario, runs, 1, parallelism: 1));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var all = Measure(() => ExperimentRunner.Run(scenario, runs, 1));
        Console.WriteLine($"one core:  {runs / one,10:N0} runs/s, {allocated / (double)runs,8:N0} bytes allocated per run");
        Console.WriteLine($"all cores: {runs / all,10:N0} runs/s ({Environment.ProcessorCount} cores), ratio {one / all:0.00}x");
    }

    private static double Measure(Action action)
    {
        var sw = Stopwatch.StartNew();
        action();
        return sw.Elapsed.TotalSeconds;
    }
}
