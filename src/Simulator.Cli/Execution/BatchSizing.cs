using Simulator.Contracts.Experiments;

namespace Simulator.Cli.Execution;

/// <summary>
/// How many runs a batch of an experiment holds. Results never depend on it (the experiment's key
/// leaves it out, and every run's seed is its index's), but a command run again must choose the same
/// size to attach to the experiment or resume it from a checkpoint, so it is a function of the runs
/// (and, on the embedded silo, this machine's cores) alone.
/// </summary>
public static class BatchSizing
{
    /// <summary>
    /// An embedded silo has no network between coordinator and workers: fewer, larger batches cost
    /// less per run. Bounded so a batch stays well under a second and progress still moves.
    /// </summary>
    public const int MaxEmbeddedBatchSize = 2000;

    /// <summary>
    /// On a cluster every batch is a call out and an answer of a few kilobytes back to the
    /// coordinator, which merges answers one at a time. At 50,000 to 70,000 baseline runs per second
    /// per core a batch of 250 is done in about 4 ms, so a large experiment is cut into about
    /// <see cref="ClusterBatches"/> batches (enough to spread over many machines and to rebalance
    /// when one is lost) of at most this many runs (about 0.2 s of one core: 20 machines of 8 cores
    /// then send the coordinator under 1,000 answers a second).
    /// </summary>
    public const int MaxClusterBatchSize = 10_000;

    public const int ClusterBatches = 1024;

    public static int ForEmbedded(int runs, int cores) =>
        Math.Clamp(runs / (Math.Max(1, cores) * 16), ExperimentSpec.DefaultBatchSize, MaxEmbeddedBatchSize);

    public static int ForCluster(int runs) =>
        Math.Clamp(runs / ClusterBatches, ExperimentSpec.DefaultBatchSize, MaxClusterBatchSize);
}
