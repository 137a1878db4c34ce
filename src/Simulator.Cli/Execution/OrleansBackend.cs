using Simulator.Domain.MonteCarlo;
using Simulator.Hosting;
using Simulator.Hosting.Cluster;

namespace Simulator.Cli.Execution;

/// <summary>
/// Opens the way into Orleans on the first experiment (an embedded silo in this process, or a client
/// of <paramref name="cluster"/>) and runs experiments through the experiment grain, which fans
/// batches out to stateless workers. The connection serves every experiment of the command (a sweep
/// or a sensitivity analysis runs hundreds) and closes when the backend is disposed.
/// </summary>
public sealed class OrleansBackend(SimulatorSiloOptions options, ClusterTarget? cluster = null, string? clusterId = null) : IExperimentBackend, IAsyncDisposable
{
    private readonly SemaphoreSlim _starting = new(1, 1);
    private IOrleansConnection? _silo;

    public async Task<ExperimentResult> RunAsync(ExperimentRequest request, IProgress<int> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var silo = await SiloAsync(cancellationToken);
        return await silo.RunExperimentAsync(request.Scenario, request.ToSpec(), progress, cancellationToken: cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_silo is { } silo)
        {
            _silo = null;
            await silo.DisposeAsync();
        }

        _starting.Dispose();
    }

    private async Task<IOrleansConnection> SiloAsync(CancellationToken cancellationToken)
    {
        await _starting.WaitAsync(cancellationToken);
        try
        {
            return _silo ??= await OrleansConnections.OpenAsync(cluster, options, cancellationToken, clusterId);
        }
        finally
        {
            _starting.Release();
        }
    }
}
