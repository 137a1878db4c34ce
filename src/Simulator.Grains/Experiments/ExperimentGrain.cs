using Microsoft.Extensions.Logging;
using Orleans.Utilities;
using Simulator.Contracts.Experiments;
using Simulator.Grains.Scenarios;

namespace Simulator.Grains.Experiments;

/// <summary>
/// Coordinates one experiment. <see cref="Start"/> checks the spec, compiles the snapshot with its
/// overrides (so a bad scenario fails before any fan-out) and runs the batches in the background
/// (<see cref="ExperimentGrain"/>.Batches.cs); callers follow by observer or by
/// <see cref="GetStatus"/>. The finished outcome is persisted, so the same spec started again, by a
/// client that died and was rerun, gets the stored result.
/// </summary>
public sealed partial class ExperimentGrain(
    [PersistentState("experiment", ProviderNames.ExperimentStore)] IPersistentState<ExperimentRecord> record,
    ExperimentWorks works,
    IClusterMembershipService membership,
    ExperimentTiming timing,
    ILocalSiloDetails silo,
    ILogger<ExperimentGrain> logger) : Grain, IExperimentGrain
{
    /// <summary>How often one batch may be tried before the experiment gives up.</summary>
    public const int MaxAttemptsPerBatch = 4;

    private readonly ObserverManager<IExperimentObserver> _observers = new(TimeSpan.FromMinutes(10), logger);
    private ExperimentStatus _status = new(ExperimentState.NotStarted, new ExperimentProgress(0, 0));
    private string? _runningKey;
    private bool _cancelled;

    /// <summary>Batches counted so far by the silo that ran them (the running experiment's, for <see cref="GetStatus"/>).</summary>
    private SortedDictionary<string, int> _countedBySilo = new(StringComparer.Ordinal);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (record.State.Outcome is { } outcome)
        {
            _runningKey = record.State.SpecKey;
            _status = new ExperimentStatus(ExperimentState.Completed, new ExperimentProgress(outcome.Aggregate.Runs, outcome.Aggregate.Runs), outcome);
        }

        return Task.CompletedTask;
    }

    public Task<ExperimentStatus> Start(ExperimentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfLessThan(spec.Runs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(spec.BatchSize, 1);
        var key = ExperimentKey.Of(spec);
        if (_status.State is ExperimentState.Running or ExperimentState.Completed)
        {
            return key == _runningKey
                ? Task.FromResult(_status)
                : throw new InvalidOperationException($"experiment {this.GetPrimaryKeyString()} is already running a different spec");
        }

        // Compile before answering: a scenario that does not load is the caller's error, not a failed run.
        var compiled = works.Get(spec.Kind, Scenarios.SnapshotHash.Of(spec.ScenarioSnapshot), spec.ScenarioSnapshot, spec.Overrides);
        // A checkpoint of this very spec, cut into the same batches, left by a coordinator that died with its silo.
        var checkpoint = record.State.SpecKey == key && record.State.Checkpoint is { Counted: not null } c && c.BatchSize == spec.BatchSize ? c : null;
        _runningKey = key;
        _cancelled = false;
        _status = new ExperimentStatus(ExperimentState.Running, new ExperimentProgress(checkpoint?.Counted!.Runs ?? 0, spec.Runs)) { CheckpointedRuns = checkpoint?.Counted!.Runs ?? 0 };
        // The batches run on this activation's scheduler, turn by turn between requests; keep it alive meanwhile.
        DelayDeactivation(TimeSpan.FromDays(1));
        _ = RunInBackground(spec, key, compiled, checkpoint);
        return Task.FromResult(_status);
    }

    public Task<ExperimentStatus> GetStatus() => Task.FromResult(_status with
    {
        Coordinator = silo.SiloAddress.ToParsableString(),
        BatchesBySilo = _status.Outcome?.BatchesBySilo ?? [.. _countedBySilo.Select(s => new NamedCountDto(s.Key, s.Value))],
    });

    public Task<ExperimentProgress> GetProgress() => Task.FromResult(_status.Progress);

    public Task Cancel()
    {
        // Read by the background loop between batches; a cancelled experiment ends as failed.
        _cancelled = _status.State == ExperimentState.Running;
        return Task.CompletedTask;
    }

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

    /// <summary>Keeps the outcome for a rerun of the same command; a storage failure loses only that shortcut, never the result.</summary>
    private async Task Store(string key, ExperimentOutcome outcome)
    {
        try
        {
            record.State = new ExperimentRecord { SpecKey = key, Outcome = outcome, Checkpoint = null };
            await record.WriteStateAsync();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            GrainLog.OutcomeNotStored(logger, ex, this.GetPrimaryKeyString());
        }
    }

    /// <summary>Persists what has been counted so far; a storage failure costs only re-running more batches if the coordinator is lost.</summary>
    private async Task StoreCheckpoint(string key, ExperimentCheckpoint checkpoint)
    {
        try
        {
            record.State = new ExperimentRecord { SpecKey = key, Checkpoint = checkpoint };
            await record.WriteStateAsync();
            _status = _status with { CheckpointedRuns = checkpoint.Counted?.Runs ?? 0 };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            GrainLog.CheckpointNotStored(logger, ex, this.GetPrimaryKeyString());
        }
    }

    private async Task RunInBackground(ExperimentSpec spec, string key, ExperimentWork compiled, ExperimentCheckpoint? checkpoint)
    {
        try
        {
            var outcome = await RunBatches(spec, key, compiled, checkpoint);
            _status = new ExperimentStatus(ExperimentState.Completed, _status.Progress, outcome);
            await Store(key, outcome);
        }
        catch (Exception ex)
        {
            // No partial aggregate: a failed experiment reports why and nothing else.
            GrainLog.ExperimentFailed(logger, ex, this.GetPrimaryKeyString());
            _status = new ExperimentStatus(ExperimentState.Failed, _status.Progress, null, ex.Message);
        }
        finally
        {
            DelayDeactivation(TimeSpan.Zero);
        }

        var final = _status;
        _observers.Notify(o => o.OnFinished(final));
    }
}
