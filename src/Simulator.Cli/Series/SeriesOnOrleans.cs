using Simulator.Cli.Commands;
using Simulator.Cli.Execution;
using Simulator.Contracts.Experiments;
using Simulator.Domain.Series;
using Simulator.Grains.Experiments;
using Simulator.Hosting;

namespace Simulator.Cli.Series;

/// <summary>
/// Runs a series through the experiment grain, as `sim run` runs a scenario: on an embedded silo, or
/// on the cluster of --cluster. The series travels as one snapshot (its text and every round
/// resolved); batches of whole series runs are spread over the silos and their counts merged, so
/// the result is identical to the in-process one for the same seed, however batched.
/// </summary>
internal static class SeriesOnOrleans
{
    public static async Task<SeriesResult> RunAsync(CompiledSeries series, string snapshot, int runs, ulong seed, RunSettings settings, IProgress<int> progress, CancellationToken cancellationToken)
    {
        var options = ExperimentBackends.SiloOptions(settings);
        var cluster = ClusterOption.Resolve(settings.Cluster, out _);
        // Ctrl-C stops the wait for the start, never the start itself (see InterruptibleConnection).
        await using var connection = await InterruptibleConnection.OpenAsync(() => OrleansConnections.OpenAsync(cluster, options, CancellationToken.None, settings.ClusterId), cancellationToken);
        var spec = new ExperimentSpec(snapshot, runs, seed, SeriesRunner.DefaultBatchSize) { Kind = ExperimentKind.Series };
        var outcome = await connection.Experiments.RunAsync(spec, progress, cancellationToken: cancellationToken);
        return AggregateMapper.ToSeriesResult(series, outcome.Aggregate, seed);
    }
}
