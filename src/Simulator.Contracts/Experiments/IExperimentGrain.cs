namespace Simulator.Contracts.Experiments;

/// <summary>
/// Coordinates one Monte Carlo experiment (key: the experiment id, by default
/// <see cref="ExperimentKey.Of"/> the spec): compiles the snapshot and applies the overrides, fans
/// bounded batches out over the cluster's silos, re-runs a batch whose worker failed and merges the
/// batches' counts. <see cref="Start"/> returns at once; progress and the outcome come to observers
/// and to <see cref="GetStatus"/>, so no call lasts as long as the experiment.
/// </summary>
[Alias("Simulator.IExperimentGrain")]
public interface IExperimentGrain : IGrainWithStringKey
{
    /// <summary>
    /// Starts the experiment in the background and returns its status. Starting the same spec again
    /// attaches to it: while it runs nothing new starts, once completed the stored outcome comes back.
    /// </summary>
    [Alias("Start")]
    Task<ExperimentStatus> Start(ExperimentSpec spec);

    [Alias("GetStatus")]
    Task<ExperimentStatus> GetStatus();

    /// <summary>Stops dispatching batches (Ctrl-C on the client); the experiment ends as failed.</summary>
    [Alias("Cancel")]
    Task Cancel();

    [Alias("Subscribe")]
    Task Subscribe(IExperimentObserver observer);

    [Alias("Unsubscribe")]
    Task Unsubscribe(IExperimentObserver observer);

    [Alias("GetProgress")]
    Task<ExperimentProgress> GetProgress();
}
