using System.Diagnostics;
using Simulator.Contracts.Experiments;
using Simulator.Contracts.Ids;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Hosting;
using Simulator.Hosting.Bench;
using Simulator.Hosting.Cluster;

namespace Simulator.Cli.Execution;

/// <summary>
/// `sim bench --cluster`: the grain path on the embedded silo, then on 1, 2 and 3 local silo
/// processes on the given Redis (a client in this process), each warmed up and timed best of R, as
/// ratios to the embedded silo in one run; and whether every path gave the identical result.
/// On one machine more silos cannot be faster: what the ratios show is the overhead per run.
/// </summary>
internal static class ClusterBench
{
    private const int WarmUpRuns = 5000;
    private const int WarmUpRounds = 40;
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(1.5);

    public static async Task<ClusterBenchReport> MeasureAsync(CompiledScenario scenario, string snapshot, ClusterTarget redis, int runs, ulong seed, int batchSize, int repeats, int maxSilos, CancellationToken cancellationToken)
    {
        var siloDll = LocalSilos.FindSiloDll()
            ?? throw new UserInputException("sim bench --cluster starts local silos, but the built Simulator.Silo was not found beside this sim; build it first: dotnet build src/Simulator.Silo");
        var spec = new ExperimentSpec(snapshot, runs, seed, batchSize);
        var results = new HashSet<string>(StringComparer.Ordinal);
        var figures = new List<ClusterBenchFigure>();
        await using (var embedded = await InterruptibleConnection.OpenAsync(async () => await EmbeddedSilo.StartAsync(), cancellationToken))
        {
            figures.Add(new ClusterBenchFigure("embedded silo", 0, await BestOf(embedded, scenario, spec, repeats, results, cancellationToken)));
        }

        for (var silos = 1; silos <= maxSilos; silos++)
        {
            using var local = await LocalSilos.StartAsync(siloDll, redis, silos, cancellationToken);
            await using var client = await ClusterConnection.ConnectAsync(redis, clusterId: local.ClusterId, cancellationToken: cancellationToken);
            figures.Add(new ClusterBenchFigure($"{silos} local silo process{(silos == 1 ? "" : "es")}", silos, await BestOf(client, scenario, spec, repeats, results, cancellationToken)));
        }

        var embeddedSeconds = figures[0].Seconds;
        return new ClusterBenchReport(
            scenario.Scenario.Id,
            runs,
            seed,
            batchSize,
            repeats,
            [.. figures.Select(f => f with { RunsPerSecond = runs / f.Seconds, RatioToEmbedded = embeddedSeconds / f.Seconds })],
            results.Count == 1);
    }

    private static async Task<double> BestOf(IOrleansConnection connection, CompiledScenario scenario, ExperimentSpec spec, int repeats, HashSet<string> results, CancellationToken cancellationToken)
    {
        // Warm-up outside the timing (the silos' scenario caches and compiled engine); fresh keys so no stored result is reused.
        var warmUp = spec with { Runs = Math.Min(spec.Runs, WarmUpRuns) };
        await WarmUp.ForAtLeast(WarmUpTime, WarmUpRounds, () => connection.RunExperimentAsync(scenario, warmUp, experimentId: ExperimentId.New().Value, cancellationToken: cancellationToken));

        var best = double.MaxValue;
        for (var r = 0; r < repeats; r++)
        {
            var started = Stopwatch.GetTimestamp();
            var result = await connection.RunExperimentAsync(scenario, spec, experimentId: ExperimentId.New().Value, cancellationToken: cancellationToken);
            best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalSeconds);
            results.Add(ExperimentJson.Serialize(result));
        }

        return best;
    }
}
