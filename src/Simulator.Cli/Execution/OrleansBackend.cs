using Simulator.Domain.MonteCarlo;
using Simulator.Hosting;

namespace Simulator.Cli.Execution;

/// <summary>
/// Starts an embedded silo in this process (on the first experiment) and runs experiments through
/// the experiment grain, which fans batches out to stateless workers. The silo serves every
/// experiment of the command (a sweep or a sensitivity analysis runs hundreds) and stops when the
/// backend is disposed.
/// </summary>
public sealed class OrleansBackend(SimulatorSiloOptions options) : IExperimentBackend, IAsyncDisposable
{
    private readonly SemaphoreSlim _starting = new(1, 1);
    private EmbeddedSilo? _silo;

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

    private async Task<EmbeddedSilo> SiloAsync(CancellationToken cancellationToken)
    {
        await _starting.WaitAsync(cancellationToken);
        try
        {
            return _silo ??= await EmbeddedSilo.StartAsync(options, cancellationToken);
        }
        finally
        {
            _starting.Release();
        }
    }
}
