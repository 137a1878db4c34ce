using Orleans.Concurrency;

namespace Simulator.Contracts.Experiments;

/// <summary>
/// Coordinates one Monte Carlo experiment (key: the experiment id): snapshots the scenario, fans
/// bounded batches out over the cluster's silos, re-runs a batch whose worker failed and merges the
/// batches' counts in run-index order.
/// </summary>
[Alias("Simulator.IExperimentGrain")]
public interface IExperimentGrain : IGrainWithStringKey
{
    /// <summary>Runs the whole experiment and returns its merged counts.</summary>
    [Alias("Run")]
    Task<ExperimentOutcome> Run(ExperimentSpec spec);

    /// <summary>
    /// Stops the running experiment (the caller pressed Ctrl-C): no new batch starts, the batches in
    /// flight finish, and <see cref="Run"/> then fails with <see cref="OperationCanceledException"/>.
    /// </summary>
    [Alias("Cancel"), AlwaysInterleave]
    Task Cancel();

    [Alias("Subscribe"), AlwaysInterleave]
    Task Subscribe(IExperimentObserver observer);

    [Alias("Unsubscribe"), AlwaysInterleave]
    Task Unsubscribe(IExperimentObserver observer);

    [Alias("GetProgress"), AlwaysInterleave]
    Task<ExperimentProgress> GetProgress();
}
