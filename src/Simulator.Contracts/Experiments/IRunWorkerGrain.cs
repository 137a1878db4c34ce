namespace Simulator.Contracts.Experiments;

/// <summary>A stateless worker that runs one batch of the pure engine in-process and returns its counts.</summary>
[Alias("Simulator.IRunWorkerGrain")]
public interface IRunWorkerGrain : IGrainWithIntegerKey
{
    [Alias("RunBatch")]
    Task<BatchOutcome> RunBatch(BatchRequest request);
}
