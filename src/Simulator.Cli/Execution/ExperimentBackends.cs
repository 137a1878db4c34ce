using Simulator.Cli.Commands;
using Simulator.Hosting;

namespace Simulator.Cli.Execution;

/// <summary>Chooses where `sim run` executes an experiment: through Orleans (an embedded silo, or the cluster of --cluster) by default, in this process with --in-process.</summary>
public static class ExperimentBackends
{
    public static IExperimentBackend For(RunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.InProcess
            ? new InProcessBackend()
            : new OrleansBackend(new SimulatorSiloOptions { Telemetry = TelemetryOption.Parse(settings.Telemetry) }, ClusterOption.Resolve(settings.Cluster, out _), settings.ClusterId);
    }
}
