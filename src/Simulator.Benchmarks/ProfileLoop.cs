using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Benchmarks;

/// <summary>
/// A long single-threaded loop over the baseline for a profiler to attach to
/// (`dotnet-trace collect -- dotnet Simulator.Benchmarks.dll profile [RUNS] [SCENARIO]`).
/// </summary>
public static class ProfileLoop
{
    public static void Run(string[] args)
    {
        var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200_000;
        var file = args.Length > 2 ? args[2] : "scenarios/istanbul-2025-05-16.yaml";
        var scenario = CompiledScenario.Compile(ScenarioLoader.Load(RepositoryFiles.Find(file)));
        var accumulator = new ExperimentAccumulator(scenario);
        ExperimentRunner.AccumulateBatch(scenario, 20250516, 0, runs, accumulator);
        Console.WriteLine($"{accumulator.Runs} runs");
    }
}
