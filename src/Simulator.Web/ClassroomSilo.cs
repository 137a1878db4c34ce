using Simulator.Hosting;
using Simulator.Hosting.Cluster;

namespace Simulator.Web;

/// <summary>
/// The one place the web app gets its Orleans cluster: an embedded silo co-hosted in this process
/// (in-memory storage, so a server restart loses running classes), or, with `--cluster
/// redis://HOST:PORT` (or SIM_CLUSTER), a client of that real cluster, whose silos keep every class
/// in Redis (a class survives the web server's restart and the death of the silo hosting it). The
/// cluster id comes from `--cluster-id` (or SIM_CLUSTER_ID), as the silos' own flag.
/// </summary>
internal static class ClassroomSilo
{
    /// <summary>True on a cluster, whose silos keep every class in Redis; false on the embedded silo's memory.</summary>
    public static bool KeepsClassesAcrossRestarts(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["cluster"] ?? Environment.GetEnvironmentVariable(ClusterTarget.EnvironmentVariable));

    public static WebApplicationBuilder AddClassroomCluster(this WebApplicationBuilder builder)
    {
        var text = builder.Configuration["cluster"] ?? Environment.GetEnvironmentVariable(ClusterTarget.EnvironmentVariable);
        var cluster = string.IsNullOrWhiteSpace(text) ? null : ClusterTarget.Parse(text);
        var clusterId = builder.Configuration["cluster-id"] is { Length: > 0 } id ? id : OrleansConnections.ClusterId(null);
        builder.AddSimulatorOrleans(cluster, new SimulatorSiloOptions { ResponseTimeout = TimeSpan.FromMinutes(1) }, clusterId);
        return builder;
    }

    /// <summary>What the start-up line says about where classes live.</summary>
    public static string Storage(IConfiguration configuration) =>
        KeepsClassesAcrossRestarts(configuration)
            ? "classes are kept in the cluster's Redis"
            : "a server restart loses running classes: the embedded silo keeps them in memory";
}
