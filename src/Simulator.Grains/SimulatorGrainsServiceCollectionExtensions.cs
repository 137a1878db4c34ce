using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime.Placement;
using Simulator.Grains.Placement;
using Simulator.Grains.Scenarios;

namespace Simulator.Grains;

/// <summary>The services the grains need on every silo.</summary>
public static class SimulatorGrainsServiceCollectionExtensions
{
    /// <summary>Registers the compiled-scenario cache and the silo-keyed placement; the caller supplies an <see cref="IScenarioSnapshotCompiler"/>.</summary>
    public static IServiceCollection AddSimulatorGrainServices(this IServiceCollection services)
    {
        services.AddSingleton<CompiledScenarioCache>();
        services.AddPlacementDirector<SiloKeyedPlacement, SiloKeyedPlacementDirector>();
        return services;
    }
}
