using System.Diagnostics;
using Simulator.Contracts.Experiments;
using Simulator.Contracts.Ids;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;

namespace Simulator.Hosting.Bench;

/// <summary>
/// Measures the same experiment three ways: in this process on one core, on all cores, and through
/// the experiment grain on an embedded silo (the caller's, started outside the timing). Each path is
/// warmed up for at least <see cref="WarmUpTime"/> first (<see cref="WarmUp"/>). The paths
/// alternate within each repeat so that load from elsewhere on the machine hits them alike; the best
/// time of each counts.
/// </summary>
public static class ThroughputBench
{
    public const string OneCore = "in-process, one core";
    public const string AllCores = "in-process, all cores";
    public const string Grain = "ExperimentGrain, embedded silo";

    public static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(1);

    private const int WarmUpRuns = 2000;
    private const int WarmUpRounds = 50;

    public static async Task<ThroughputReport> MeasureAsync(
        IOrleansConnection silo,
        CompiledScenario scenario,
        string snapshot,
        int runs,
        ulong seed,
        int batchSize,
        int repeats,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        ArgumentNullException.ThrowIfNull(silo);
        var warmUp = Math.Min(runs, WarmUpRuns);
        await WarmUp.ForAtLeast(WarmUpTime, WarmUpRounds, async () =>
        {
            ExperimentRunner.Run(scenario, warmUp, seed, batchSize, parallelism: 1, cancellationToken: cancellationToken);
            ExperimentRunner.Run(scenario, warmUp, seed, batchSize, cancellationToken: cancellationToken);
            await silo.RunExperimentAsync(scenario, new ExperimentSpec(snapshot, warmUp, seed, batchSize), experimentId: ExperimentId.New().Value, cancellationToken: cancellationToken);
        });

        var best = new Dictionary<string, double> { [OneCore] = double.MaxValue, [AllCores] = double.MaxValue, [Grain] = double.MaxValue };
        var results = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < repeats; r++)
        {
            var (oneResult, one) = Time(() => ExperimentRunner.Run(scenario, runs, seed, batchSize, parallelism: 1, cancellationToken: cancellationToken));
            var (allResult, all) = Time(() => ExperimentRunner.Run(scenario, runs, seed, batchSize, cancellationToken: cancellationToken));
            var started = Stopwatch.GetTimestamp();
            // A fresh key each time: the spec's content key would return the stored result of the last repeat.
            var grainResult = await silo.RunExperimentAsync(scenario, new ExperimentSpec(snapshot, runs, seed, batchSize), experimentId: ExperimentId.New().Value, cancellationToken: cancellationToken);
            var grain = Stopwatch.GetElapsedTime(started).TotalSeconds;
            best[OneCore] = Math.Min(best[OneCore], one);
            best[AllCores] = Math.Min(best[AllCores], all);
            best[Grain] = Math.Min(best[Grain], grain);
            results.Add(ExperimentJson.Serialize(oneResult));
            results.Add(ExperimentJson.Serialize(allResult));
            results.Add(ExperimentJson.Serialize(grainResult));
        }

        var allCores = runs / best[AllCores];
        var figures = new[] { OneCore, AllCores, Grain }
            .Select(path => new ThroughputFigure(path, best[path], runs / best[path], runs / best[path] / allCores))
            .ToList();
        return new ThroughputReport(scenario.Scenario.Id, runs, seed, Environment.ProcessorCount, batchSize, repeats, figures, figures[2].RatioToAllCores, results.Count == 1);
    }

    private static (T Result, double Seconds) Time<T>(Func<T> work)
    {
        var started = Stopwatch.GetTimestamp();
        var result = work();
        return (result, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }
}
