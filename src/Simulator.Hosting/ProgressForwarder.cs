using Simulator.Contracts.Experiments;

namespace Simulator.Hosting;

/// <summary>An experiment observer that hands the runs completed so far to an <see cref="IProgress{T}"/> (a progress bar).</summary>
internal sealed class ProgressForwarder(IProgress<int> progress) : IExperimentObserver
{
    public void OnProgress(ExperimentProgress update)
    {
        ArgumentNullException.ThrowIfNull(update);
        progress.Report(update.RunsDone);
    }
}
