using Simulator.Hosting;

namespace Simulator.Web;

/// <summary>
/// The one place the web app gets its Orleans cluster: an embedded silo co-hosted in this process
/// (in-memory storage, so a server restart loses running classes). A client mode for a real cluster
/// plugs in here.
/// </summary>
internal static class ClassroomSilo
{
    public const bool KeepsClassesAcrossRestarts = false;

    public static WebApplicationBuilder AddClassroomCluster(this WebApplicationBuilder builder)
    {
        builder.AddSimulatorSilo(new SimulatorSiloOptions { ResponseTimeout = TimeSpan.FromMinutes(1) });
        return builder;
    }
}
