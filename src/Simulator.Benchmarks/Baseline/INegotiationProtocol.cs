using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Scenarios;

namespace Simulator.Benchmarks.Baseline;

/// <summary>
/// A negotiation protocol: runs one negotiation over a compiled scenario with one run's parameter
/// values. Implementations are pure and deterministic given their inputs.
/// </summary>
internal interface INegotiationProtocol
{
    NegotiationResult Run(CompiledScenario scenario, double[] values, bool recordTranscript);
}
