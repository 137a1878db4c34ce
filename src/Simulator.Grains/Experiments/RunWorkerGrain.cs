using System.Diagnostics;
using Orleans.Concurrency;
using Simulator.Contracts.Experiments;
using Simulator.Domain.MonteCarlo;
using Simulator.Grains.Scenarios;
using Simulator.Grains.Telemetry;

namespace Simulator.Grains.Experiments;

/// <summary>
/// Runs one batch of the pure engine on this silo and returns the batch's merged counts (not the
/// individual runs, so the coordinator merges a few accumulators rather than thousands of runs).
/// Stateless: as many activations as the silo has cores, each running batches back to back.
/// </summary>
[StatelessWorker]
public sealed class RunWorkerGrain(
    ExperimentWorks works,
    ILocalSiloDetails silo,
    IEnumerable<IBatchInterceptor> interceptors) : Grain, IRunWorkerGrain
{
    public async Task<BatchOutcome> RunBatch(BatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var interceptor in interceptors)
        {
            await interceptor.BeforeBatchAsync(request);
        }

        using var activity = SimulatorTelemetry.Source.StartActivity("experiment.batch");
        activity?.SetTag("simulator.experiment", request.ExperimentId);
        activity?.SetTag("simulator.batch.from", request.From);
        activity?.SetTag("simulator.batch.count", request.Count);
        var work = works.Get(request.Kind, request.SnapshotHash, request.ScenarioSnapshot, request.Overrides);
        var started = Stopwatch.GetTimestamp();
        var aggregate = work.RunBatch(request.Seed, request.From, request.Count);
        var elapsed = Stopwatch.GetElapsedTime(started);
        Record(aggregate, elapsed);
        return new BatchOutcome(request.From, request.Count, silo.SiloAddress.ToParsableString(), aggregate);
    }

    private static void Record(ExperimentAggregate aggregate, TimeSpan elapsed)
    {
        SimulatorTelemetry.Runs.Add(aggregate.Runs);
        SimulatorTelemetry.Rounds.Add(aggregate.RoundsSum);
        SimulatorTelemetry.Agreements.Add(aggregate.Issues.Sum(i => i.Agreed));
        if (aggregate.Runs > 0)
        {
            SimulatorTelemetry.RunDuration.Record(elapsed.TotalMilliseconds / aggregate.Runs);
        }
    }
}
