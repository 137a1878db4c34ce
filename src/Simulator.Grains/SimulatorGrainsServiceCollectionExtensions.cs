using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Runtime.Placement;
using Simulator.Grains.Placement;
using Simulator.Grains.Scenarios;

namespace Simulator.Grains;

/// <summary>The services the grains need on every silo.</summary>
public static class SimulatorGrainsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the compiled-scenario and compiled-series caches, the silo-keyed placement and (unless one is registered
    /// already, as tests do) the YAML snapshot compiler.
    /// </summary>
    public static IServiceCollection AddSimulatorGrainServices(this IServiceCollection services)
    {
        services.TryAddSingleton<IScenarioSnapshotCompiler, YamlScenarioSnapshotCompiler>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(Experiments.ExperimentTiming.Default);
        services.AddSingleton<CompiledScenarioCache>();
        services.AddSingleton<CompiledSeriesCache>();
        services.AddSingleton<Experiments.ExperimentWorks>();
        services.AddPlacementDirector<SiloKeyedPlacement, SiloKeyedPlacementDirector>();
        return services;
    }
}
