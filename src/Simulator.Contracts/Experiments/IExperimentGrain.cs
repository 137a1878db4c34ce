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

    [Alias("Subscribe"), AlwaysInterleave]
    Task Subscribe(IExperimentObserver observer);

    [Alias("Unsubscribe"), AlwaysInterleave]
    Task Unsubscribe(IExperimentObserver observer);

    [Alias("GetProgress"), AlwaysInterleave]
    Task<ExperimentProgress> GetProgress();
}
