using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using Simulator.Contracts.Experiments;
using Simulator.Grains.Experiments;
using Simulator.Hosting;
using Simulator.Hosting.Experiments;

namespace Simulator.Grains.Tests.Support;

/// <summary>
/// One in-process cluster shared by a test collection. Its client talks to the silos over the
/// network, so every call goes through the real serialisers. <see cref="Faults"/> is registered in
/// every silo, so tests can fail or hold chosen batches; the coordinators' clock is
/// <see cref="CoordinatorClock"/>, a fake that only moves when a test advances it (so no batch
/// deadline passes unless a test says so).
/// </summary>
public abstract class ClusterFixture(short silos, int responseTimeoutSeconds = 30) : IAsyncLifetime
{
    public static readonly TimeSpan BatchDeadline = TimeSpan.FromSeconds(60);

    private InProcessTestCluster? _cluster;

    public InProcessTestCluster Cluster => _cluster ?? throw new InvalidOperationException("the cluster has not started");

    public IClusterClient Client => Cluster.Client;

    public BatchFaults Faults { get; } = new();

    public FakeTimeProvider CoordinatorClock { get; } = new();

    public short Silos => silos;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(silos);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.ConfigureSimulator(TimeSpan.FromSeconds(responseTimeoutSeconds));
            silo.Services.AddSingleton(new ExperimentTiming(CoordinatorClock, BatchDeadline));
            silo.Services.AddSingleton<IBatchInterceptor>(sp => new SiloBatchInterceptor(Faults, sp.GetRequiredService<ILocalSiloDetails>()));
        });
        builder.ConfigureClient(client => client.AddActivityPropagation());
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    /// <summary>Runs an experiment to its end through the client, as `sim` does.</summary>
    public async Task<ExperimentOutcome> RunAsync(ExperimentSpec spec, string? experimentId = null)
    {
        using var experiments = new ExperimentClient(Client);
        return await experiments.RunAsync(spec, experimentId: experimentId).WaitAsync(TimeSpan.FromMinutes(2));
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
