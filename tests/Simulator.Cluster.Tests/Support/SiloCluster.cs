using System.Globalization;
using Simulator.Hosting.Cluster;

namespace Simulator.Cluster.Tests.Support;

/// <summary>
/// K separate Simulator.Silo processes on the shared Redis under a cluster id of their own (so
/// tests never see each other's silos), each started by `dotnet` on the built dll and stopped by its
/// process id; and a client of that cluster in the test process.
/// </summary>
internal sealed class SiloCluster : IAsyncDisposable
{
    private readonly List<ChildProcess> _silos = [];

    private SiloCluster(RedisServer redis, string clusterId)
    {
        Target = ClusterTarget.Parse(redis.Address);
        ClusterId = clusterId;
    }

    public ClusterTarget Target { get; }

    public string ClusterId { get; }

    public IReadOnlyList<ChildProcess> Silos => _silos;

    /// <summary>The silo addresses, as the joined lines print them (in start order).</summary>
    public List<string> Addresses { get; } = [];

    public ClusterConnection? Client { get; private set; }

    /// <param name="extraArguments">More silo options, e.g. <c>--checkpoint-every 0.1</c>.</param>
    public static async Task<SiloCluster> StartAsync(RedisServer redis, int silos, params string[] extraArguments)
    {
        var cluster = new SiloCluster(redis, "test-" + Guid.NewGuid().ToString("N")[..12]);
        var joined = new List<Task<string>>();
        for (var k = 0; k < silos; k++)
        {
            var silo = ChildProcess.Start("dotnet",
            [
                RepositoryFiles.SiloDll,
                "--cluster", redis.Address,
                "--cluster-id", cluster.ClusterId,
                "--silo-port", FreePorts.Next().ToString(CultureInfo.InvariantCulture),
                "--gateway-port", FreePorts.Next().ToString(CultureInfo.InvariantCulture),
                "--advertised-address", "127.0.0.1",
                .. extraArguments,
            ]);
            cluster._silos.Add(silo);
            joined.Add(silo.WaitForLine(l => l.Contains(" joined cluster ", StringComparison.Ordinal), TimeSpan.FromSeconds(120)));
        }

        foreach (var line in await Task.WhenAll(joined))
        {
            // "Simulator.Silo 127.0.0.1:PORT@GEN joined cluster ..."
            cluster.Addresses.Add(line.Split(' ')[1]);
        }

        cluster.Client = await ClusterConnection.ConnectAsync(cluster.Target, clusterId: cluster.ClusterId);
        return cluster;
    }

    public async ValueTask DisposeAsync()
    {
        if (Client is not null)
        {
            await Client.DisposeAsync();
        }

        foreach (var silo in _silos)
        {
            silo.Dispose();
        }
    }
}
