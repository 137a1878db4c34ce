using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;
using Simulator.Grains;

namespace Simulator.Hosting;

/// <summary>The one place that configures an Orleans silo for the simulator.</summary>
public static class SimulatorSiloExtensions
{
    /// <summary>
    /// An embedded silo co-hosted by the calling process: localhost clustering on free ports,
    /// in-memory grain storage under <see cref="ProviderNames"/>, activity propagation, the grains'
    /// services, and telemetry as <paramref name="options"/> asks.
    /// </summary>
    public static IHostApplicationBuilder AddSimulatorSilo(this IHostApplicationBuilder builder, SimulatorSiloOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var o = options ?? new SimulatorSiloOptions();
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(
                siloPort: o.SiloPort > 0 ? o.SiloPort : FreePort.Pick(),
                gatewayPort: o.GatewayPort > 0 ? o.GatewayPort : FreePort.Pick());
            silo.ConfigureSimulator(o.ResponseTimeout);
        });
        builder.AddSimulatorTelemetry(o.Telemetry, o.TraceSampleRatio);
        return builder;
    }

    /// <summary>
    /// Everything but clustering, with in-memory storage: the embedded silo and the test cluster's silos.
    /// The in-memory stores keep state in Orleans' own binary form (every stored type is
    /// <c>[GenerateSerializer]</c>) rather than the default JSON: nothing outside this process ever
    /// reads it, and the JSON serializer is reflection-based, so its first write costs a noticeable
    /// slice of a short command's time and every experiment checkpoint costs more than it need.
    /// </summary>
    public static ISiloBuilder ConfigureSimulator(this ISiloBuilder silo, TimeSpan responseTimeout)
    {
        ArgumentNullException.ThrowIfNull(silo);
        foreach (var store in (string[])[ProviderNames.PartyStore, ProviderNames.SessionStore, ProviderNames.ExperimentStore])
        {
            silo.AddMemoryGrainStorage(store);
            silo.Services.AddOptions<MemoryGrainStorageOptions>(store)
                .Configure<Serializer>((o, serializer) => o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));
        }

        return silo.ConfigureSimulatorServices(responseTimeout);
    }

    /// <summary>Everything but clustering and storage: activity propagation, timeouts, the grains' services.</summary>
    public static ISiloBuilder ConfigureSimulatorServices(this ISiloBuilder silo, TimeSpan responseTimeout)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.AddActivityPropagation();
        silo.Configure<SiloMessagingOptions>(m => m.ResponseTimeout = responseTimeout);
        silo.Services.AddSimulatorGrainServices();
        return silo;
    }
}
