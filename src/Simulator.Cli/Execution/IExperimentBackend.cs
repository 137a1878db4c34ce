using Simulator.Domain.MonteCarlo;

namespace Simulator.Cli.Execution;

/// <summary>Where an experiment's runs execute: in this process, or through the Orleans cluster.</summary>
public interface IExperimentBackend
{
    /// <summary>Runs the experiment; <paramref name="progress"/> receives the number of runs completed so far.</summary>
    Task<ExperimentResult> RunAsync(ExperimentRequest request, IProgress<int> progress, CancellationToken cancellationToken);
}
