using Simulator.Contracts.Experiments;

namespace Simulator.Hosting.Experiments;

/// <summary>
/// A client-side experiment observer: hands the runs completed so far to an <see cref="IProgress{T}"/>
/// (a progress bar) and signals when the experiment has finished.
/// </summary>
internal sealed class ExperimentWatcher(IProgress<int>? progress) : IExperimentObserver
{
    private readonly TaskCompletionSource<ExperimentStatus> _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<ExperimentStatus> Finished => _finished.Task;

    public void OnProgress(ExperimentProgress update)
    {
        ArgumentNullException.ThrowIfNull(update);
        progress?.Report(update.RunsDone);
    }

    public void OnFinished(ExperimentStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        progress?.Report(status.Progress.RunsDone);
        _finished.TrySetResult(status);
    }
}
