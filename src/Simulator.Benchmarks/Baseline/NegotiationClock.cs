using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Scenarios;

namespace Simulator.Benchmarks.Baseline;

/// <summary>
/// Where an alternating-offers negotiation stands: the current turn (one offer or acceptance per
/// turn), the deadline in turns and the number of parties taking turns.
/// </summary>
internal sealed record NegotiationClock(int Turn, int MaxTurns, int PartyCount)
{
    /// <summary>The share of the time used, from 0 at the first turn to 1 at the last one.</summary>
    public double Fraction => MaxTurns <= 1 ? 1.0 : Math.Clamp((double)Turn / (MaxTurns - 1), 0.0, 1.0);

    /// <summary>How many turns remain, this one included.</summary>
    public int TurnsLeft => MaxTurns - Turn;

    /// <summary>Whose turn it is: parties move in a fixed cyclic order.</summary>
    public int Mover => Turn % PartyCount;
}
