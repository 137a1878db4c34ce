using Simulator.Domain.MonteCarlo;

namespace Simulator.Cli.Execution;

/// <summary>Runs the experiment on this process's cores, without Orleans.</summary>
public sealed class InProcessBackend : IExperimentBackend
{
    public Task<ExperimentResult> RunAsync(ExperimentRequest request, IProgress<int> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.Run(() => ExperimentRunner.Run(request.Scenario, request.Runs, request.Seed, progress: progress, cancellationToken: cancellationToken), cancellationToken);
    }
}
