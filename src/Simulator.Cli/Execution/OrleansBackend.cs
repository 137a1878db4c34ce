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
/// backend is disposed. The start itself is never cancelled: Ctrl-C (or a command failing before its
/// first experiment) stops the wait for it, and a start still going is closed once it is done, in
/// the background (see <see cref="InterruptibleConnection"/>: Orleans cancelled mid-start logs
/// pages of errors and unwinds more slowly than it starts).
/// </summary>
public sealed class OrleansBackend : IExperimentBackend, IAsyncDisposable
{
    private readonly object _gate = new();
    private readonly Func<Task<IOrleansConnection>> _open;
    private readonly bool _embedded;
    private Task<IOrleansConnection>? _silo;

    public OrleansBackend(SimulatorSiloOptions options, ClusterTarget? cluster = null, string? clusterId = null)
        : this(() => OrleansConnections.OpenAsync(cluster, options, CancellationToken.None, clusterId), embedded: cluster is null)
    {
    }

    /// <param name="open">Opens the connection; given no cancellation, as the backend never cancels a start.</param>
    internal OrleansBackend(Func<Task<IOrleansConnection>> open, bool embedded)
    {
        _open = open;
        _embedded = embedded;
    }

    /// <summary>Starts connecting (or starting the embedded silo) now, in the background.</summary>
    public void StartEarly() => _ = SiloAsync();

    public async Task<ExperimentResult> RunAsync(ExperimentRequest request, IProgress<int> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var silo = await SiloAsync().WaitAsync(cancellationToken);
        var spec = request.ToSpec();
        spec = spec with { BatchSize = _embedded ? BatchSizing.ForEmbedded(spec.Runs, Environment.ProcessorCount) : BatchSizing.ForCluster(spec.Runs) };

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
            return;
        }

        if (!starting.IsCompleted)
        {
            // Nothing ran on it (Ctrl-C, or the command failed first, a bad scenario say): do not wait for a whole start.
            _ = InterruptibleConnection.DisposeWhenOpenAsync(starting);
            return;
        }

        IOrleansConnection silo;
        try
        {
            silo = await starting;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // It never started (the error was reported by whoever awaited it): nothing to stop.
            return;
        }

        await silo.DisposeAsync();
        PhaseTimer.Mark("silo stopped");
    }

    private Task<IOrleansConnection> SiloAsync()
    {
        lock (_gate)
        {
            return _silo ??= Open();
        }
    }

    // Off the caller's thread: the caller goes on loading its scenario meanwhile.
    private Task<IOrleansConnection> Open() => InterruptibleConnection.Start(_open);
}
