using Simulator.Domain.MonteCarlo;
using Simulator.Hosting;
using Simulator.Hosting.Cluster;

namespace Simulator.Cli.Execution;

/// <summary>
/// Opens the way into Orleans (an embedded silo in this process, or a client of
/// <paramref name="cluster"/>) on the first experiment, or earlier when <see cref="StartEarly"/> is
/// called (so the silo starts while the command loads its scenario), and runs experiments through
/// the experiment grain, which fans batches out to stateless workers. The connection serves every
/// experiment of the command (a sweep or a sensitivity analysis runs hundreds) and closes when the
/// backend is disposed.
/// </summary>
public sealed class OrleansBackend(SimulatorSiloOptions options, ClusterTarget? cluster = null, string? clusterId = null) : IExperimentBackend, IAsyncDisposable
{
    /// <summary>
    /// An embedded silo has no network between coordinator and workers: fewer, larger batches cost
    /// less per run. Bounded so a batch stays well under a second and progress still moves.
    /// </summary>
    public const int MaxEmbeddedBatchSize = 2000;

    private readonly object _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private Task<IOrleansConnection>? _silo;

    /// <summary>Starts connecting (or starting the embedded silo) now, in the background; disposing the backend cancels a start not yet done.</summary>
    public void StartEarly(CancellationToken cancellationToken) => _ = SiloAsync(cancellationToken);

    public async Task<ExperimentResult> RunAsync(ExperimentRequest request, IProgress<int> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var silo = await SiloAsync(cancellationToken).WaitAsync(cancellationToken);
        var spec = request.ToSpec();
        if (cluster is null)
        {
            // Results never depend on the batch size (the experiment's key leaves it out).
            var cores = Math.Max(1, Environment.ProcessorCount);
            spec = spec with { BatchSize = Math.Clamp(spec.Runs / (cores * 16), spec.BatchSize, MaxEmbeddedBatchSize) };
        }

        var result = await silo.RunExperimentAsync(request.Scenario, spec, progress, cancellationToken: cancellationToken);
        PhaseTimer.Mark("experiment done");
        return result;
    }

    public async ValueTask DisposeAsync()
    {
        Task<IOrleansConnection>? starting;
        lock (_gate)
        {
            starting = _silo;
            _silo = null;
        }

        if (starting is null)
        {
            _stop.Dispose();
            return;
        }

        if (!starting.IsCompleted)
        {
            // Nothing ran on it (the command failed first, a bad scenario say): do not wait for a whole start.
            await _stop.CancelAsync();
        }

        IOrleansConnection silo;
        try
        {
            silo = await starting;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // It never started (cancelled, or the error was reported by whoever awaited it): nothing to stop.
            return;
        }
        finally
        {
            _stop.Dispose();
        }

        await silo.DisposeAsync();
        PhaseTimer.Mark("silo stopped");
    }

    private Task<IOrleansConnection> SiloAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _silo ??= Open(CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stop.Token));
        }
    }

    private async Task<IOrleansConnection> Open(CancellationTokenSource cancel)
    {
        using (cancel)
        {
            PhaseTimer.Mark("silo starting");
            // Off the caller's thread: the caller goes on loading its scenario meanwhile.
            await Task.Yield();
            var silo = await OrleansConnections.OpenAsync(cluster, options, cancel.Token, clusterId);
            PhaseTimer.Mark("silo started");
            return silo;
        }
    }
}
