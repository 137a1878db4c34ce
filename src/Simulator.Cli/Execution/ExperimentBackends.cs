using Simulator.Cli.Commands;

namespace Simulator.Cli.Execution;

/// <summary>Chooses where `sim run` executes an experiment.</summary>
public static class ExperimentBackends
{
    public static IExperimentBackend For(RunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new InProcessBackend();
    }
}
