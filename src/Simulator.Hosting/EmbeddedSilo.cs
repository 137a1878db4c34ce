using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Simulator.Contracts.Experiments;
using Simulator.Contracts.Ids;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Grains.Experiments;

namespace Simulator.Hosting;

/// <summary>
/// A silo co-hosted by this process (the `sim` command's default), with its co-hosted client.
/// Start it once, run experiments or sessions through <see cref="Client"/>, dispose it at the end.
/// </summary>
public sealed class EmbeddedSilo : IAsyncDisposable
{
    private readonly IHost _host;

    // Progress messages are one-way: one sent just before the grain returns can arrive after the
    // experiment has ended. Deleting the observer at once makes the client log an error for it
    // when the silo lives on for further experiments (a sweep runs hundreds), so finished
    // observers are kept alive and deleted when the silo stops.
    private readonly System.Collections.Concurrent.ConcurrentBag<(ProgressForwarder Forwarder, IExperimentObserver Reference)> _finished = [];

    private EmbeddedSilo(IHost host)
    {
        _host = host;
        Client = host.Services.GetRequiredService<IClusterClient>();
    }

    public IClusterClient Client { get; }

    public static async Task<EmbeddedSilo> StartAsync(SimulatorSiloOptions? options = null, CancellationToken cancellationToken = default)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        // The terminal belongs to the command's output; the silo only speaks up when something is wrong.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.AddSimulatorSilo(options);
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new EmbeddedSilo(host);
    }

    /// <summary>Runs an experiment through <see cref="IExperimentGrain"/>, forwarding its progress, and turns the merged counts into the result.</summary>
    public async Task<ExperimentResult> RunExperimentAsync(
        CompiledScenario scenario,
        string snapshot,
        int runs,
        ulong seed,
        IProgress<int>? progress = null,
        int batchSize = ExperimentSpec.DefaultBatchSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var grain = Client.GetGrain<IExperimentGrain>(ExperimentId.New().Value);
        // The client holds observers weakly: keep the forwarder alive for as long as the experiment runs.
        var forwarder = progress is null ? null : new ProgressForwarder(progress);
        IExperimentObserver? reference = null;
        if (forwarder is not null)
        {
            reference = Client.CreateObjectReference<IExperimentObserver>(forwarder);
            await grain.Subscribe(reference);
        }

        try
        {
            // Ctrl-C asks the grain to stop and waits for it, so the silo is idle before it is shut down.
            var outcome = await RunCancellably(grain, new ExperimentSpec(snapshot, runs, seed, batchSize), cancellationToken);
            return AggregateMapper.ToResult(scenario, outcome.Aggregate, seed);
        }
        finally
        {
            if (reference is not null)
            {
                await grain.Unsubscribe(reference);
                _finished.Add((forwarder!, reference));
            }

            GC.KeepAlive(forwarder);
        }
    }

    private static async Task<ExperimentOutcome> RunCancellably(IExperimentGrain grain, ExperimentSpec spec, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await using var registration = cancellationToken.Register(() => _ = grain.Cancel());
        try
        {
            return await grain.Run(spec);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (_, reference) in _finished)
        {
            Client.DeleteObjectReference<IExperimentObserver>(reference);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _host.StopAsync(timeout.Token);
        _host.Dispose();
    }
}
