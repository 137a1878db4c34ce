using Simulator.Contracts.Experiments;

namespace Simulator.Grains.Experiments;

/// <summary>
/// Called by a run worker before it runs a batch. Production registers none; tests register one that
/// fails chosen batches, to show that the experiment re-runs them and still counts every run once.
/// </summary>
public interface IBatchInterceptor
{
    void BeforeBatch(BatchRequest request);
}
