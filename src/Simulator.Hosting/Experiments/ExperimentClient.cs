using System.Collections.Concurrent;
using Simulator.Contracts.Experiments;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Grains.Experiments;

namespace Simulator.Hosting.Experiments;

/// <summary>
/// Runs experiments from a client of the cluster (the embedded silo's co-hosted client or a client
/// of a real cluster): starts the experiment grain, which returns at once, then follows it by
/// observer and, every <see cref="PollInterval"/>, by a short status poll. The poll is what notices a
/// coordinator lost with its silo (the grain comes back not started): the client starts the same
/// spec again, under the same key. Observers are kept until the client is disposed, because a last
/// one-way progress message may arrive after the experiment has ended.
/// </summary>
public sealed class ExperimentClient(IClusterClient client, TimeProvider? time = null) : IDisposable
{
    /// <summary>Consecutive failed polls (a silo being declared dead) tolerated before giving up.</summary>
    public const int MaxFailedPolls = 60;

    /// <summary>Times an experiment is started again after its coordinator was lost.</summary>
    public const int MaxRestarts = 8;

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ConcurrentBag<(ExperimentWatcher Watcher, IExperimentObserver Reference)> _observers = [];
    private int _restarts;

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How often an experiment had to be started again because its coordinator was lost.</summary>
    public int Restarts => _restarts;

    /// <summary>Raised after every status poll (tests wait on it rather than on time).</summary>
    public event Action<ExperimentStatus?>? Polled;

    /// <summary>
    /// Runs <paramref name="spec"/> to the end and returns its merged counts. The grain's key is
    /// <paramref name="experimentId"/>, or by default the content key of the spec, so the same command
    /// run again attaches to the experiment or gets its stored result.
    /// </summary>
    public async Task<ExperimentOutcome> RunAsync(ExperimentSpec spec, IProgress<int>? progress = null, string? experimentId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var grain = client.GetGrain<IExperimentGrain>(experimentId ?? ExperimentKey.Of(spec));
        var watcher = new ExperimentWatcher(progress);
        var reference = client.CreateObjectReference<IExperimentObserver>(watcher);
        _observers.Add((watcher, reference));
        await grain.Subscribe(reference);
        var status = await grain.Start(spec);
        var failedPolls = 0;
        try
        {
            // Bounded: each pass waits for the end or one poll interval; failed polls and restarts are capped.
            while (status.State is not (ExperimentState.Completed or ExperimentState.Failed))
            {
                var tick = Task.Delay(PollInterval, _time, cancellationToken);
                await Task.WhenAny(watcher.Finished, tick);
                cancellationToken.ThrowIfCancellationRequested();
                if (watcher.Finished.IsCompleted)
                {
                    status = await watcher.Finished;
                    break;
                }

                try
                {
                    status = await grain.GetStatus();
                    failedPolls = 0;
                }
                catch (Exception ex) when (ex is not OperationCanceledException && ++failedPolls < MaxFailedPolls)
                {
                    Polled?.Invoke(null);
                    continue;
                }

                if (status.State == ExperimentState.NotStarted)
                {
                    if (Interlocked.Increment(ref _restarts) > MaxRestarts)
                    {
                        throw new ExperimentFailedException($"experiment {grain.GetPrimaryKeyString()} lost its coordinator more than {MaxRestarts} times");
                    }

                    await grain.Subscribe(reference);
                    status = await grain.Start(spec);
                }

                Polled?.Invoke(status);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl-C asks the grain to stop and waits (bounded) for it, so the silos are idle when the caller stops them.
            await grain.Cancel();
            await ((Task)watcher.Finished.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw new OperationCanceledException(cancellationToken);
        }

        GC.KeepAlive(watcher);
        return status.State == ExperimentState.Completed && status.Outcome is { } outcome
            ? outcome
            : throw new ExperimentFailedException(status.Error ?? $"experiment {grain.GetPrimaryKeyString()} failed");
    }

    /// <summary><see cref="RunAsync"/>, with the merged counts turned into the result where the scenario (with its overrides applied) is at hand.</summary>
    public async Task<ExperimentResult> RunToResultAsync(CompiledScenario scenario, ExperimentSpec spec, IProgress<int>? progress = null, string? experimentId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(spec);
        var outcome = await RunAsync(spec, progress, experimentId, cancellationToken);
        return AggregateMapper.ToResult(scenario, outcome.Aggregate, spec.Seed);
    }

    public void Dispose()
    {
        foreach (var (_, reference) in _observers)
        {
            client.DeleteObjectReference<IExperimentObserver>(reference);
        }

        _observers.Clear();
    }
}
