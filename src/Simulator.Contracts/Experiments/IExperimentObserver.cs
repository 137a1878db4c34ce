namespace Simulator.Contracts.Experiments;

/// <summary>Receives an experiment's progress (a CLI progress bar, a web page).</summary>
[Alias("Simulator.IExperimentObserver")]
public interface IExperimentObserver : IGrainObserver
{
    [Alias("OnProgress")]
    void OnProgress(ExperimentProgress progress);
}
