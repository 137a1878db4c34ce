using Simulator.Hosting.Cluster;

namespace Simulator.Hosting;

/// <summary>
/// Opens the process's way into Orleans: an embedded silo by default, a client of the cluster when
/// one is named (its cluster id from SIM_CLUSTER_ID, default "simulator", as the silos' --cluster-id).
/// </summary>
public static class OrleansConnections
{
    public const string ClusterIdVariable = "SIM_CLUSTER_ID";

    public static async Task<IOrleansConnection> OpenAsync(ClusterTarget? cluster, SimulatorSiloOptions? options = null, CancellationToken cancellationToken = default) =>
        cluster is null
            ? await EmbeddedSilo.StartAsync(options, cancellationToken)
            : await ClusterConnection.ConnectAsync(cluster, options, ClusterId(), cancellationToken);

    private static string ClusterId() =>
        Environment.GetEnvironmentVariable(ClusterIdVariable) is { Length: > 0 } id ? id : ClusterSiloOptions.DefaultClusterId;
}
