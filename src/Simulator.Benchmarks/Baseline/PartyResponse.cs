using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Scenarios;

namespace Simulator.Benchmarks.Baseline;

/// <summary>A principal's answer to a text: accepted, or rejected with its objections, and the share of the possible gain it insisted on.</summary>
internal sealed record PartyResponse(int Party, IReadOnlyList<Objection> Objections, double Aspiration)
{
    public bool Accepted => Objections.Count == 0;
}
