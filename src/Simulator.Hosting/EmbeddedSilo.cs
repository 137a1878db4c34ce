using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Simulator.Contracts.Experiments;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Grains.Experiments;
using Simulator.Grains.Scenarios;
using Simulator.Hosting.Experiments;

namespace Simulator.Hosting;

/// <summary>
/// A silo co-hosted by this process (the `sim` command's default), with its co-hosted client.
/// Start it once, run experiments or sessions through <see cref="Client"/>, dispose it at the end.
/// </summary>
public sealed class EmbeddedSilo : IOrleansConnection
{
    private readonly IHost _host;
    private readonly bool _stopOnDispose;
    private int _stopped;

    private EmbeddedSilo(IHost host, bool stopOnDispose)
    {
        _host = host;
        _stopOnDispose = stopOnDispose;
        Client = host.Services.GetRequiredService<IClusterClient>();
        Experiments = new ExperimentClient(Client);
    }

    public IClusterClient Client { get; }

    /// <summary>Runs experiments on this silo (and any it has joined) by observer and poll.</summary>
    public ExperimentClient Experiments { get; }

    public static async Task<EmbeddedSilo> StartAsync(SimulatorSiloOptions? options = null, CancellationToken cancellationToken = default)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        // The terminal belongs to the command's output; the silo only speaks up when something is wrong.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.AddSimulatorSilo(options);
        builder.Services.AddSingleton<IHostLifetime, SignalFreeLifetime>();
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new EmbeddedSilo(host, options?.StopOnDispose ?? true);
    }

    /// <inheritdoc cref="IOrleansConnection.RunExperimentAsync"/>
    public Task<ExperimentResult> RunExperimentAsync(
        CompiledScenario scenario,
        ExperimentSpec spec,
        IProgress<int>? progress = null,
        string? experimentId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Kind == ExperimentKind.Scenario)
        {
            // This process compiled the scenario already; the silo's workers share it instead of compiling its snapshot again.
            _host.Services.GetRequiredService<CompiledScenarioCache>().Add(SnapshotHash.Of(spec.ScenarioSnapshot), spec.Overrides, scenario);
        }

        return Experiments.RunToResultAsync(scenario, spec, progress, experimentId, cancellationToken);
    }

    /// <summary>Disposes the co-hosted client's observers, then stops the silo unless <see cref="SimulatorSiloOptions.StopOnDispose"/> leaves it to the process's exit.</summary>
    public async ValueTask DisposeAsync()
    {
        Experiments.Dispose();
        if (_stopOnDispose)
        {
            await StopAsync();
        }
    }

    /// <summary>
    /// Stops the silo now. An embedded silo keeps everything in memory and serves only this process,
    /// which has what it came for: a graceful stop (deactivating every grain, leaving the membership)
    /// would save nothing and costs a noticeable part of a short command, so the host is stopped at once.
    /// </summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        using var now = new CancellationTokenSource();
        await now.CancelAsync();
        try
        {
            await _host.StopAsync(now.Token);
        }
        catch (OperationCanceledException)
        {
            // Expected: the stop was asked to be immediate.
        }

        _host.Dispose();
    }
}
