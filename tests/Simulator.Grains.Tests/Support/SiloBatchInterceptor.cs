using Simulator.Contracts.Experiments;
using Simulator.Grains.Experiments;

namespace Simulator.Grains.Tests.Support;

/// <summary>The interceptor one silo of a test cluster registers: passes each batch to the shared <see cref="BatchFaults"/> with its silo's address.</summary>
internal sealed class SiloBatchInterceptor(BatchFaults faults, ILocalSiloDetails silo) : IBatchInterceptor
{
    public ValueTask BeforeBatchAsync(BatchRequest request) => faults.BeforeBatchAsync(request, silo.SiloAddress.ToParsableString());
}
