namespace Simulator.Contracts.Experiments;

/// <summary>Receives an experiment's progress and its end (a CLI progress bar, a web page).</summary>
[Alias("Simulator.IExperimentObserver")]
public interface IExperimentObserver : IGrainObserver
{
    [Alias("OnProgress")]
    void OnProgress(ExperimentProgress progress);

    /// <summary>The experiment completed (with its outcome) or failed (with the reason).</summary>
    [Alias("OnFinished")]
    void OnFinished(ExperimentStatus status);
}
