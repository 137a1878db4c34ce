using Simulator.Domain.MonteCarlo;
using Simulator.Hosting;

namespace Simulator.Cli.Execution;

/// <summary>
/// Starts an embedded silo in this process and runs the experiment through the experiment grain,
/// which fans batches out to stateless workers; the silo stops when the experiment is done.
/// </summary>
public sealed class OrleansBackend(SimulatorSiloOptions options) : IExperimentBackend
{
    public async Task<ExperimentResult> RunAsync(ExperimentRequest request, IProgress<int> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var silo = await EmbeddedSilo.StartAsync(options, cancellationToken);
        return await silo.RunExperimentAsync(request.Scenario, request.ScenarioYaml, request.Runs, request.Seed, progress, cancellationToken: cancellationToken);
    }
}
