using Simulator.Contracts.Experiments;

namespace Simulator.Cluster.Tests.Support;

/// <summary>
/// Watches an experiment's progress, as a progress bar or as an observer of the grain: completes
/// <see cref="Reached"/> once <paramref name="threshold"/> runs are done, and notes whether a count
/// of runs done was ever reported twice: the source only ever counts up, so a repeat means the
/// experiment started again rather than being attached to (reports may arrive out of order, so
/// "never fell back" would not do).
/// </summary>
internal sealed class ProgressWatch(int threshold) : IProgress<int>, IExperimentObserver
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly HashSet<int> _seen = [];
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Reached => _reached.Task;

    /// <summary>Completes at the next report (a batch counted): what a test waits on instead of sleeping.</summary>
    public Task NextReport
    {
        get
        {
            lock (_reached)
            {
                return _next.Task;
            }
        }
    }

    public bool NeverRepeated { get; private set; } = true;

    public void Report(int value)
    {
        TaskCompletionSource reported;
        lock (_reached)
        {
            if (!_seen.Add(value))
            {
                NeverRepeated = false;
            }

            reported = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        reported.TrySetResult();

        if (value >= threshold)
        {
            _reached.TrySetResult();
        }
    }

    public void OnProgress(ExperimentProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        if (progress.DuplicatesIgnored == 0)
        {
            Report(progress.RunsDone);
        }
    }

    public void OnFinished(ExperimentStatus status)
    {
    }
}
