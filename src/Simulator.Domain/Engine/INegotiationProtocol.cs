namespace Simulator.Domain.Engine;

/// <summary>
/// A negotiation protocol: runs one negotiation over a compiled scenario with one run's parameter
/// values. Implementations are pure and deterministic given their inputs.
/// </summary>
public interface INegotiationProtocol
{
    NegotiationResult Run(CompiledScenario scenario, double[] values, bool recordTranscript);
}
