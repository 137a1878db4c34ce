using Simulator.Contracts.Experiments;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Hosting;
using Simulator.Hosting.Experiments;

namespace Simulator.Cli.Tests.Execution;

/// <summary>A connection that only notes that it was closed (for the tests of who closes a silo opened late).</summary>
internal sealed class FakeConnection : IOrleansConnection
{
    private readonly TaskCompletionSource _disposed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Disposed => _disposed.Task;

    public IClusterClient Client => throw new NotSupportedException("not used by these tests");

    public ExperimentClient Experiments => throw new NotSupportedException("not used by these tests");

    public Task<ExperimentResult> RunExperimentAsync(CompiledScenario scenario, ExperimentSpec spec, IProgress<int>? progress = null, string? experimentId = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("not used by these tests");

    public ValueTask DisposeAsync()
    {
        _disposed.TrySetResult();
        return ValueTask.CompletedTask;
    }
}
