using System.Collections.Concurrent;
using Simulator.Contracts.Experiments;

namespace Simulator.Grains.Tests.Experiments;

/// <summary>A client-side experiment observer that records the progress it is told.</summary>
internal sealed class ProgressRecorder : IExperimentObserver
{
    private readonly ConcurrentQueue<int> _reports = new();
    private readonly SemaphoreSlim _arrived = new(0);

    public IReadOnlyList<int> Reports => [.. _reports];

    public void OnProgress(ExperimentProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        _reports.Enqueue(progress.RunsDone);
        _arrived.Release();
    }

    /// <summary>Waits (bounded) for <paramref name="count"/> reports: observer calls are one-way, so they may trail the Run call.</summary>
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
