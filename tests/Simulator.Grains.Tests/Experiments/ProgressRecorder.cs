using System.Collections.Concurrent;
using Simulator.Contracts.Experiments;

namespace Simulator.Grains.Tests.Experiments;

/// <summary>A client-side experiment observer that records the progress it is told and lets a test wait for a report it expects.</summary>
internal sealed class ProgressRecorder : IExperimentObserver
{
    private readonly ConcurrentQueue<ExperimentProgress> _reports = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly TaskCompletionSource<ExperimentStatus> _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentBag<(Func<ExperimentProgress, bool> Condition, TaskCompletionSource Met)> _waits = [];

    public IReadOnlyList<int> Reports => [.. _reports.Where(r => r.DuplicatesIgnored == 0).Select(r => r.RunsDone)];

    public Task<ExperimentStatus> Finished => _finished.Task;

    public void OnProgress(ExperimentProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        _reports.Enqueue(progress);
        _arrived.Release();
        foreach (var (condition, met) in _waits)
        {
            if (condition(progress))
            {
                met.TrySetResult();
            }
        }
    }

    public void OnFinished(ExperimentStatus status) => _finished.TrySetResult(status);

    /// <summary>Completes when a report meets <paramref name="condition"/> (bounded by the caller).</summary>
    public Task WhenReported(Func<ExperimentProgress, bool> condition)
    {
        var met = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waits.Add((condition, met));
        if (_reports.Any(condition))
        {
            met.TrySetResult();
        }

        return met.Task;
    }

    /// <summary>Waits (bounded) for <paramref name="count"/> reports: observer calls are one-way, so they may trail the end.</summary>
    public async Task WaitForReports(int count)
    {
        for (var k = 0; k < count; k++)
        {
            if (!await _arrived.WaitAsync(TimeSpan.FromSeconds(30)))
            {
                return;
            }
        }
    }
}
