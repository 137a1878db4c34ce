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
            : new OrleansBackend(SiloOptions(settings), ClusterOption.Resolve(settings.Cluster, out _), settings.ClusterId);
    }

    /// <summary>The embedded silo's options for <paramref name="settings"/>: its telemetry, and a stop at dispose unless the process exits right after the command.</summary>
    public static SimulatorSiloOptions SiloOptions(RunSettings settings) => SiloOptions(settings, CommandProcess.ExitsAfterCommand);

    internal static SimulatorSiloOptions SiloOptions(RunSettings settings, bool processExitsAfterCommand)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new SimulatorSiloOptions { Telemetry = TelemetryOption.Parse(settings.Telemetry), StopOnDispose = !processExitsAfterCommand };
    }
}
