using Microsoft.Extensions.Logging;
using Orleans.Utilities;
using Simulator.Contracts.Experiments;
using Simulator.Domain.MonteCarlo;
using Simulator.Grains.Scenarios;
using Simulator.Grains.Telemetry;

namespace Simulator.Grains.Experiments;

/// <summary>
/// Coordinates one experiment: compiles the snapshot once (so a bad scenario fails before any fan-out),
/// splits the runs into batches [i, i+k), keeps a bounded number of batches in flight on every active
/// silo, re-runs a batch whose call failed (on another silo when it can), and merges the batches'
/// counts in run-index order. Progress goes to observers after every batch.
/// </summary>
public sealed class ExperimentGrain(
    CompiledScenarioCache scenarios,
    IClusterMembershipService membership,
    ILogger<ExperimentGrain> logger) : Grain, IExperimentGrain
{
    /// <summary>How often one batch may fail before the experiment gives up.</summary>
    public const int MaxAttemptsPerBatch = 4;

    private readonly ObserverManager<IExperimentObserver> _observers = new(TimeSpan.FromMinutes(10), logger);
    private ExperimentProgress _progress = new(0, 0);
    private bool _running;
    private bool _cancelled;

    public Task Subscribe(IExperimentObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(IExperimentObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public Task<ExperimentProgress> GetProgress() => Task.FromResult(_progress);

    // Interleaves with Run: it only sets a flag that Run reads between batches (one turn at a time).
    public Task Cancel()
    {
        _cancelled = _running;
        return Task.CompletedTask;
    }

    public async Task<ExperimentOutcome> Run(ExperimentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfLessThan(spec.Runs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(spec.BatchSize, 1);
        if (_running)
        {
            throw new InvalidOperationException($"experiment {this.GetPrimaryKeyString()} is already running");
        }

        _running = true;
        _cancelled = false;
        try
        {
            return await RunBatches(spec);
        }
        finally
        {
            _running = false;
        }
    }

    private async Task<ExperimentOutcome> RunBatches(ExperimentSpec spec)
    {
        var id = this.GetPrimaryKeyString();
        using var activity = SimulatorTelemetry.Source.StartActivity("experiment");
        activity?.SetTag("simulator.experiment", id);
        activity?.SetTag("simulator.runs", spec.Runs);
        activity?.SetTag("simulator.seed", spec.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var hash = SnapshotHash.Of(spec.ScenarioSnapshot);
        var compiled = scenarios.Get(hash, spec.ScenarioSnapshot);
        var batchCount = (spec.Runs + spec.BatchSize - 1) / spec.BatchSize;
        var plan = new BatchPlan(batchCount);
        var dispatchers = new DispatcherPool(membership, GrainFactory, Environment.ProcessorCount * 2);
        _progress = new ExperimentProgress(0, spec.Runs);
        GrainLog.ExperimentStarted(logger, id, spec.Runs, batchCount, dispatchers.Count);

        var results = new ExperimentAggregate?[batchCount];
        var silos = new SortedSet<string>(StringComparer.Ordinal);
        var inFlight = new Dictionary<Task<BatchOutcome>, (int Batch, string Silo)>();
        var done = 0;
        var retries = 0;

        // Bounded: every pass either starts a batch or waits for one, and each batch has MaxAttemptsPerBatch.
        while (done < batchCount)
        {
            // A cancelled caller (Ctrl-C) stops the fan-out: no new batch starts, the ones in flight
            // (each well under a second) are waited for, so the silo is idle when the caller stops it.
            if (_cancelled)
            {
                await ((Task)Task.WhenAll(inFlight.Keys)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
                GrainLog.ExperimentCancelled(logger, id, done * spec.BatchSize);
                throw new OperationCanceledException($"experiment {id} was cancelled by its caller");
            }

            while (plan.TryPeek(out var next) && dispatchers.TryTake(out var silo, out var dispatcher))
            {
                plan.Dequeue();
                var from = next * spec.BatchSize;
                var request = new BatchRequest(id, spec.ScenarioSnapshot, hash, spec.Seed, from, Math.Min(spec.BatchSize, spec.Runs - from), plan.Attempts(next));
                inFlight.Add(dispatcher.RunBatch(request), (next, silo));
            }

            if (inFlight.Count == 0)
            {
                throw new InvalidOperationException($"experiment {id}: no silo is available to run batches");
            }

            var finished = await Task.WhenAny(inFlight.Keys);
            var (batch, on) = inFlight[finished];
            inFlight.Remove(finished);
            try
            {
                var outcome = await finished;
                dispatchers.Release(on);
                results[batch] = outcome.Aggregate;
                silos.Add(outcome.Silo);
                done++;
                _progress = _progress with { RunsDone = _progress.RunsDone + outcome.Count };
                var progress = _progress;
                _observers.Notify(o => o.OnProgress(progress));
            }
            catch (Exception ex) when (plan.Attempts(batch) + 1 < MaxAttemptsPerBatch)
            {
                GrainLog.BatchFailed(logger, ex, id, batch * spec.BatchSize, on, plan.Attempts(batch));
                dispatchers.Fail(on);
                plan.Retry(batch);
                retries++;
            }
        }

        // Merge in run-index order; the accumulator is order-independent, this keeps it obviously so.
        var total = new ExperimentAccumulator(compiled);
        foreach (var aggregate in results)
        {
            total.Merge(AggregateMapper.ToAccumulator(compiled, aggregate!));
        }

        GrainLog.ExperimentFinished(logger, id, total.Runs, retries);
        return new ExperimentOutcome(AggregateMapper.ToDto(total), batchCount, retries, [.. silos]);
    }
}
