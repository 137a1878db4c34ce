using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Scenarios;

namespace Simulator.Benchmarks.Baseline;

/// <summary>The protocol implementation for each <see cref="ProtocolKind"/> a scenario can select.</summary>
internal static class ProtocolCatalog
{
    private static readonly Dictionary<ProtocolKind, INegotiationProtocol> Protocols = new()
    {
        [ProtocolKind.MediatedSingleText] = MediatedSingleTextProtocol.Instance,
        [ProtocolKind.AlternatingOffers] = AlternatingOffersTableProtocol.Instance,
    };

    public static INegotiationProtocol For(ProtocolKind kind) =>
        Protocols.TryGetValue(kind, out var protocol)
            ? protocol
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, $"no Monte Carlo implementation is registered for protocol '{kind}'");
}
