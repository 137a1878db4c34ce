using Orleans.Concurrency;
using Simulator.Contracts.Experiments;
using Simulator.Grains.Placement;

namespace Simulator.Grains.Experiments;

/// <summary>
/// Lives on the silo its key names and forwards each batch to that silo's stateless run workers.
/// Reentrant because it only forwards: it holds no state that interleaving could corrupt.
/// </summary>
[Reentrant]
[SiloKeyedPlacement]
public sealed class BatchDispatcherGrain : Grain, IBatchDispatcherGrain
{
    public Task<BatchOutcome> RunBatch(BatchRequest request) =>
        GrainFactory.GetGrain<IRunWorkerGrain>(0).RunBatch(request);
}
