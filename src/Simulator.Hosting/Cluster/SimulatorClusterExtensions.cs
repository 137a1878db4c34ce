using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Simulator.Grains;
using Simulator.Grains.Experiments;
using StackExchange.Redis;

namespace Simulator.Hosting.Cluster;

/// <summary>
/// Configures a member of a real cluster: a standalone silo (Redis membership and grain storage under
/// <see cref="ProviderNames"/>), or a client of one. With <see cref="AddSimulatorOrleans"/> a host
/// chooses between the embedded silo and a client of a cluster in one call.
/// </summary>
public static class SimulatorClusterExtensions
{
    /// <summary>The service id every simulator cluster shares (storage keys are per service).</summary>
    public const string ServiceId = "istanbul-simulator";

    /// <summary>
    /// The one switch for a host (`sim`, the web app): without <paramref name="cluster"/> an embedded
    /// silo (nothing else needs to run), with it a client of that cluster.
    /// </summary>
    public static IHostApplicationBuilder AddSimulatorOrleans(this IHostApplicationBuilder builder, ClusterTarget? cluster, SimulatorSiloOptions? options = null, string clusterId = ClusterSiloOptions.DefaultClusterId)
    {
        var o = options ?? new SimulatorSiloOptions();
        return cluster is null
            ? builder.AddSimulatorSilo(o)
            : builder.AddSimulatorClusterClient(cluster, clusterId, o.Telemetry, o.TraceSampleRatio, o.ResponseTimeout);
    }

    /// <summary>A standalone silo on <see cref="ClusterSiloOptions.Cluster"/>.</summary>
    public static IHostApplicationBuilder AddSimulatorClusterSilo(this IHostApplicationBuilder builder, ClusterSiloOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var redis = options.Cluster.Endpoint;
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(c =>
            {
                c.ClusterId = options.ClusterId;
                c.ServiceId = ServiceId;
            });
            silo.UseRedisClustering(redis);
            if (options.AdvertisedAddress is { } address)
            {
                silo.ConfigureEndpoints(address, options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
            }
            else
            {
                silo.ConfigureEndpoints(options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
            }

            foreach (var store in new[] { ProviderNames.PartyStore, ProviderNames.SessionStore, ProviderNames.ExperimentStore })
            {
                silo.AddRedisGrainStorage(store, o => o.ConfigurationOptions = ConfigurationOptions.Parse(redis));
            }

            silo.ConfigureSimulatorServices(options.ResponseTimeout);
        });
        // Registered after the default, so this silo's coordinator checkpoints at the interval asked for.
        builder.Services.AddSingleton(ExperimentTiming.Default with { CheckpointInterval = options.CheckpointInterval });
        builder.AddSimulatorTelemetry(options.Telemetry, options.TraceSampleRatio);
        return builder;
    }

    /// <summary>A client of the cluster on <paramref name="cluster"/> (no silo in this process).</summary>
    public static IHostApplicationBuilder AddSimulatorClusterClient(this IHostApplicationBuilder builder, ClusterTarget cluster, string clusterId, TelemetryExporter telemetry, double traceSampleRatio, TimeSpan responseTimeout)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(cluster);
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(c =>
            {
                c.ClusterId = clusterId;
                c.ServiceId = ServiceId;
            });
            client.UseRedisClustering(cluster.Endpoint);
            client.Configure<ClientMessagingOptions>(m => m.ResponseTimeout = responseTimeout);
            client.AddActivityPropagation();
        });
        // The silo side registers the clock with the grains' services; a client's own services (the
        // classroom's) need it too, and no silo runs in this process to provide it.
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddSimulatorTelemetry(telemetry, traceSampleRatio);
        return builder;
    }
}
