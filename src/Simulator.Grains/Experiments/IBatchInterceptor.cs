using Simulator.Contracts.Experiments;

namespace Simulator.Grains.Experiments;

/// <summary>
/// Awaited by a run worker before it runs a batch. Production registers none; tests register one that
/// fails, holds or delays chosen batches, to show that the experiment re-runs them and still counts
/// every run once. Asynchronous, so a held batch blocks no silo thread (a killed silo stops at once).
/// </summary>
public interface IBatchInterceptor
{
    ValueTask BeforeBatchAsync(BatchRequest request);
}
