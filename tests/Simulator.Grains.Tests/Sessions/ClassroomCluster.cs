using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using Simulator.Hosting;

namespace Simulator.Grains.Tests.Sessions;

/// <summary>A one-silo cluster whose grains read a <see cref="FakeTimeProvider"/>, so round clocks move only when a test moves them.</summary>
public sealed class ClassroomCluster : IAsyncLifetime
{
    private InProcessTestCluster? _cluster;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 5, 16, 9, 0, 0, TimeSpan.Zero));

    public IClusterClient Client => (_cluster ?? throw new InvalidOperationException("the cluster has not started")).Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSingleton<TimeProvider>(Clock);
            silo.ConfigureSimulator(TimeSpan.FromSeconds(30));
        });
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
