using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Simulator.Hosting.Experiments;

namespace Simulator.Hosting.Cluster;

/// <summary>A client of a real cluster (`--cluster redis://HOST:PORT`): no silo in this process, every grain on the cluster's silos.</summary>
public sealed class ClusterConnection : IOrleansConnection
{
    private readonly IHost _host;

    private ClusterConnection(IHost host)
    {
        _host = host;
        Client = host.Services.GetRequiredService<IClusterClient>();
        Experiments = new ExperimentClient(Client);
    }

    public IClusterClient Client { get; }

    public ExperimentClient Experiments { get; }

    public static async Task<ClusterConnection> ConnectAsync(ClusterTarget cluster, SimulatorSiloOptions? options = null, string clusterId = ClusterSiloOptions.DefaultClusterId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var o = options ?? new SimulatorSiloOptions();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(c => c.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.AddSimulatorClusterClient(cluster, clusterId, o.Telemetry, o.TraceSampleRatio, o.ResponseTimeout);
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            host.Dispose();
            throw new ClusterUnavailableException($"cannot reach the cluster '{clusterId}' at {cluster}: {ex.Message}. Start redis-server and at least one Simulator.Silo there (README, \"Running on a cluster\"), or leave out --cluster to run on an embedded silo.", ex);
        }

        return new ClusterConnection(host);
    }

    /// <inheritdoc cref="IOrleansConnection.RunExperimentAsync"/>
    public Task<Simulator.Domain.MonteCarlo.ExperimentResult> RunExperimentAsync(
        Simulator.Domain.Engine.CompiledScenario scenario,
        Simulator.Contracts.Experiments.ExperimentSpec spec,
        IProgress<int>? progress = null,
        string? experimentId = null,
        CancellationToken cancellationToken = default) =>
        Experiments.RunToResultAsync(scenario, spec, progress, experimentId, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        Experiments.Dispose();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _host.StopAsync(timeout.Token);
        _host.Dispose();
    }
}
