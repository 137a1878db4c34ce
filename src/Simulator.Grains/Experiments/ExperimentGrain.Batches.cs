using Simulator.Contracts.Experiments;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Grains.Scenarios;
using Simulator.Grains.Telemetry;

namespace Simulator.Grains.Experiments;

/// <summary>
/// The fan-out: splits the runs into batches [i, i+k), keeps a bounded number in flight on every
/// active silo, re-runs a batch whose call failed (on another silo when it can) or that has had no
/// answer by the deadline, counts the first answer for each batch and ignores any later one, and
/// merges each counted batch into the total as it comes (the counts are order-independent), which
/// it persists every <see cref="ExperimentTiming.CheckpointInterval"/> so that a coordinator lost
/// with its silo resumes from the batches already counted instead of from the start.
/// </summary>
public sealed partial class ExperimentGrain
{
    private async Task<ExperimentOutcome> RunBatches(ExperimentSpec spec, string key, ExperimentWork work, ExperimentCheckpoint? checkpoint)
    {
        var id = this.GetPrimaryKeyString();
        using var activity = SimulatorTelemetry.Source.StartActivity("experiment");
        activity?.SetTag("simulator.experiment", id);
        activity?.SetTag("simulator.runs", spec.Runs);
        activity?.SetTag("simulator.seed", spec.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var hash = SnapshotHash.Of(spec.ScenarioSnapshot);
        var batchCount = (spec.Runs + spec.BatchSize - 1) / spec.BatchSize;
        var counted = new bool[batchCount];
        var total = work.NewTotal();
        var bySilo = _countedBySilo = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var done = 0;
        var retries = 0;
        var resumedRuns = 0;
        if (checkpoint is { Counted: { } already })
        {
            foreach (var b in checkpoint.CountedBatches)
            {
                counted[b] = true;
            }

            total.Merge(already);
            foreach (var s in checkpoint.BatchesBySilo)
            {
                bySilo[s.Key] = s.Count;
            }

            done = checkpoint.CountedBatches.Length;
            retries = checkpoint.Retries;
            resumedRuns = already.Runs;
            GrainLog.ExperimentResumed(logger, id, resumedRuns, done);
        }

        var plan = new BatchPlan(batchCount, counted);
        var dispatchers = new DispatcherPool(membership, GrainFactory, Environment.ProcessorCount * 2);
        GrainLog.ExperimentStarted(logger, id, spec.Runs, batchCount, dispatchers.Count);
        var inFlight = new Dictionary<Task<BatchOutcome>, BatchAttempt>();
        var lastCheckpoint = timing.Time.GetUtcNow();

        // Bounded: every pass starts a batch, takes an answer or passes a deadline, and each batch has MaxAttemptsPerBatch.
        while (done < batchCount)
        {
            // A cancelled caller (Ctrl-C) stops the fan-out: no new batch starts, the ones in flight
            // (each well under a second) are waited for, so the silos are idle when the caller stops.
            if (_cancelled)
            {
                await ((Task)Task.WhenAll(inFlight.Keys)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
                GrainLog.ExperimentCancelled(logger, id, _status.Progress.RunsDone);
                throw new ExperimentFailedException($"experiment {id} was cancelled by its caller");
            }

            while (plan.TryPeek(out var next) && dispatchers.TryTake(out var silo, out var dispatcher))
            {
                plan.Dequeue();
                var from = next * spec.BatchSize;
                var request = new BatchRequest(id, spec.ScenarioSnapshot, hash, spec.Seed, from, Math.Min(spec.BatchSize, spec.Runs - from), plan.Attempts(next))
                {
                    Overrides = spec.Overrides,
                    Kind = spec.Kind,
                };
                inFlight.Add(dispatcher.RunBatch(request), new BatchAttempt(next, silo, timing.Time.GetUtcNow()));
            }

            if (inFlight.Count == 0)
            {
                throw new ExperimentFailedException($"experiment {id}: no silo is available to run batches");
            }

            var finished = await NextAnswerOrDeadline(inFlight);
            if (finished is null)
            {
                retries += RespawnStragglers(inFlight, plan, counted);
                continue;
            }

            var attempt = inFlight[finished];
            inFlight.Remove(finished);
            dispatchers.Release(attempt.Silo);
            BatchOutcome? outcome = null;
            Exception? error = null;
            try
            {
                outcome = await finished;
            }
            catch (Exception ex)
            {
                error = ex;
            }

            if (outcome is not null)
            {
                if (counted[attempt.Batch])
                {
                    // A late answer of a batch already counted (a straggler's re-run answered first).
                    GrainLog.DuplicateBatchIgnored(logger, id, outcome.From, outcome.Silo);
                    var ignored = _status.Progress with { DuplicatesIgnored = _status.Progress.DuplicatesIgnored + 1 };
                    _status = _status with { Progress = ignored };
                    _observers.Notify(o => o.OnProgress(ignored));
                    continue;
                }

                counted[attempt.Batch] = true;
                total.Merge(outcome.Aggregate);
                bySilo[outcome.Silo] = bySilo.GetValueOrDefault(outcome.Silo) + 1;
                done++;
                var progress = _status.Progress with { RunsDone = _status.Progress.RunsDone + outcome.Count };
                _status = _status with { Progress = progress };
                _observers.Notify(o => o.OnProgress(progress));
                if (done < batchCount && timing.Time.GetUtcNow() - lastCheckpoint >= timing.CheckpointInterval)
                {
                    await StoreCheckpoint(key, Checkpoint(spec, total, counted, bySilo, retries));
                    lastCheckpoint = timing.Time.GetUtcNow();
                }

                continue;
            }

            error ??= new TaskCanceledException();
            if (counted[attempt.Batch] || inFlight.Values.Any(a => a.Batch == attempt.Batch))
            {
                // Another attempt of this batch has answered or still may: nothing to re-run.
                continue;
            }

            var from0 = attempt.Batch * spec.BatchSize;
            if (plan.Attempts(attempt.Batch) + 1 >= MaxAttemptsPerBatch)
            {
                throw new ExperimentFailedException(
                    $"experiment {id}: the batch of runs {from0}..{Math.Min(spec.Runs, from0 + spec.BatchSize) - 1} failed {MaxAttemptsPerBatch} times; last error: {error.Message}",
                    error);
            }

            GrainLog.BatchFailed(logger, error, id, from0, attempt.Silo, plan.Attempts(attempt.Batch));
            dispatchers.Fail(attempt.Silo);
            plan.Retry(attempt.Batch);
            retries++;
        }

        var merged = total.ToDto();
        GrainLog.ExperimentFinished(logger, id, merged.Runs, retries);
        return new ExperimentOutcome(merged, batchCount, retries, [.. bySilo.Keys])
        {
            BatchesBySilo = [.. bySilo.Select(s => new NamedCountDto(s.Key, s.Value))],
            ResumedRuns = resumedRuns,
        };
    }

    private static ExperimentCheckpoint Checkpoint(ExperimentSpec spec, ExperimentWork.Total total, bool[] counted, SortedDictionary<string, int> bySilo, int retries) => new()
    {
        BatchSize = spec.BatchSize,
        Counted = total.ToDto(),
        CountedBatches = [.. Enumerable.Range(0, counted.Length).Where(b => counted[b])],
        BatchesBySilo = [.. bySilo.Select(s => new NamedCountDto(s.Key, s.Value))],
        Retries = retries,
    };

    /// <summary>The next call to finish, or null when the earliest deadline of a call not yet re-run passes first.</summary>
    private async Task<Task<BatchOutcome>?> NextAnswerOrDeadline(Dictionary<Task<BatchOutcome>, BatchAttempt> inFlight)
    {
        var waiting = inFlight.Values.Where(a => !a.Respawned).Select(a => a.Sent + timing.BatchDeadline).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
        if (waiting == DateTimeOffset.MaxValue)
        {
            return await Task.WhenAny(inFlight.Keys);
        }

        var delay = waiting - timing.Time.GetUtcNow();
        if (delay <= TimeSpan.Zero)
        {
            return null;
        }

        using var stop = new CancellationTokenSource();
        var deadline = Task.Delay(delay, timing.Time, stop.Token);
        var first = await Task.WhenAny([.. inFlight.Keys, deadline]);
        await stop.CancelAsync();
        return first == deadline ? null : (Task<BatchOutcome>)first;
    }

    /// <summary>Queues a re-run of every batch whose call is past its deadline (the slow call stays in flight; the first answer counts).</summary>
    private int RespawnStragglers(Dictionary<Task<BatchOutcome>, BatchAttempt> inFlight, BatchPlan plan, bool[] counted)
    {
        var now = timing.Time.GetUtcNow();
        var respawned = 0;
        foreach (var attempt in inFlight.Values.Where(a => !a.Respawned && a.Sent + timing.BatchDeadline <= now))
        {
            attempt.Respawned = true;
            if (!counted[attempt.Batch] && plan.Attempts(attempt.Batch) + 1 < MaxAttemptsPerBatch)
            {
                plan.Retry(attempt.Batch);
                respawned++;
            }
        }

        return respawned;
    }
}
