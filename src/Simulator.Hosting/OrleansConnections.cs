using Simulator.Hosting.Cluster;

namespace Simulator.Hosting;

/// <summary>
/// Opens the process's way into Orleans: an embedded silo by default, a client of the cluster when
/// one is named, under the cluster id of `--cluster-id`, else SIM_CLUSTER_ID, else "simulator" (as
/// the silos' own --cluster-id).
/// </summary>
public static class OrleansConnections
{
    public const string ClusterIdVariable = "SIM_CLUSTER_ID";

    public static async Task<IOrleansConnection> OpenAsync(ClusterTarget? cluster, SimulatorSiloOptions? options = null, CancellationToken cancellationToken = default, string? clusterId = null) =>
        cluster is null
            ? await EmbeddedSilo.StartAsync(options, cancellationToken)
            : await ClusterConnection.ConnectAsync(cluster, options, ClusterId(clusterId), cancellationToken);

    /// <summary>The cluster id a client uses: <paramref name="flag"/> when given, else SIM_CLUSTER_ID, else the default.</summary>
    public static string ClusterId(string? flag) =>
        !string.IsNullOrWhiteSpace(flag) ? flag.Trim()
        : Environment.GetEnvironmentVariable(ClusterIdVariable) is { Length: > 0 } id ? id
        : ClusterSiloOptions.DefaultClusterId;
}
