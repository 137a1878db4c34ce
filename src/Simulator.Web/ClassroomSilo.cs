using Simulator.Hosting;
using Simulator.Hosting.Cluster;

namespace Simulator.Web;

/// <summary>
/// The one place the web app gets its Orleans cluster: an embedded silo co-hosted in this process
/// (in-memory storage, so a server restart loses running classes), or, with `--cluster
/// redis://HOST:PORT` (or SIM_CLUSTER), a client of that real cluster.
/// </summary>
internal static class ClassroomSilo
{
    public const bool KeepsClassesAcrossRestarts = false;

    public static WebApplicationBuilder AddClassroomCluster(this WebApplicationBuilder builder)
    {
        var text = builder.Configuration["cluster"] ?? Environment.GetEnvironmentVariable(ClusterTarget.EnvironmentVariable);
        var cluster = string.IsNullOrWhiteSpace(text) ? null : ClusterTarget.Parse(text);
        builder.AddSimulatorOrleans(cluster, new SimulatorSiloOptions { ResponseTimeout = TimeSpan.FromMinutes(1) });
        return builder;
    }
}
