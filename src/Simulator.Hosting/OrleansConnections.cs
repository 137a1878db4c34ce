using Simulator.Hosting.Cluster;

namespace Simulator.Hosting;

/// <summary>Opens the process's way into Orleans: an embedded silo by default, a client of <paramref name="cluster"/> when one is named.</summary>
public static class OrleansConnections
{
    public static async Task<IOrleansConnection> OpenAsync(ClusterTarget? cluster, SimulatorSiloOptions? options = null, CancellationToken cancellationToken = default) =>
        cluster is null
            ? await EmbeddedSilo.StartAsync(options, cancellationToken)
            : await ClusterConnection.ConnectAsync(cluster, options, cancellationToken: cancellationToken);
}
