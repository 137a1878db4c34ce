using Simulator.Contracts.Experiments;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Hosting.Experiments;

namespace Simulator.Hosting;

/// <summary>
/// A process's way into Orleans: its own embedded silo (<see cref="EmbeddedSilo"/>) or a client of a
/// real cluster (<see cref="Cluster.ClusterConnection"/>). Commands run experiments and sessions
/// through it the same way either way.
/// </summary>
public interface IOrleansConnection : IAsyncDisposable
{
    IClusterClient Client { get; }

    ExperimentClient Experiments { get; }

    /// <summary>Runs an experiment through <see cref="IExperimentGrain"/>, forwarding its progress, and turns the merged counts into the result.</summary>
    /// <param name="scenario">The scenario with the overrides applied, to turn the counts into the result.</param>
    /// <param name="experimentId">The grain's key; by default the spec's content key.</param>
    Task<ExperimentResult> RunExperimentAsync(
        CompiledScenario scenario,
        ExperimentSpec spec,
        IProgress<int>? progress = null,
        string? experimentId = null,
        CancellationToken cancellationToken = default);
}
