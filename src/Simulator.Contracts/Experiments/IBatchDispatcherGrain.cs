namespace Simulator.Contracts.Experiments;

/// <summary>
/// One per silo (key: the silo's address): receives batches addressed to its silo and hands them to
/// that silo's stateless run workers. Stateless workers always activate next to their caller, so this
/// is how an experiment reaches the cores of every silo.
/// </summary>
[Alias("Simulator.IBatchDispatcherGrain")]
public interface IBatchDispatcherGrain : IGrainWithStringKey
{
    [Alias("RunBatch")]
    Task<BatchOutcome> RunBatch(BatchRequest request);
}
