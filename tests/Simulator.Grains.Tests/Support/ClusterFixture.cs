using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Simulator.Grains.Experiments;
using Simulator.Hosting;

namespace Simulator.Grains.Tests.Support;

/// <summary>
/// One in-process cluster shared by a test collection. Its client talks to the silos over the
/// network, so every call goes through the real serialisers. <see cref="Faults"/> is registered in
/// every silo, so tests can fail chosen batches.
/// </summary>
public abstract class ClusterFixture(short silos, int responseTimeoutSeconds = 30) : IAsyncLifetime
{
    private InProcessTestCluster? _cluster;

    public InProcessTestCluster Cluster => _cluster ?? throw new InvalidOperationException("the cluster has not started");

    public IClusterClient Client => Cluster.Client;

    public BatchFaults Faults { get; } = new();

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(silos);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.ConfigureSimulator(TimeSpan.FromSeconds(responseTimeoutSeconds));
            silo.Services.AddSingleton<IBatchInterceptor>(sp => new SiloBatchInterceptor(Faults, sp.GetRequiredService<ILocalSiloDetails>()));
        });
        builder.ConfigureClient(client => client.AddActivityPropagation());
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }
    }
}
