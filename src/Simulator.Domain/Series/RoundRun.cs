using Simulator.Domain.Engine;

namespace Simulator.Domain.Series;

/// <summary>
/// One round of one series run: the parameter values as drawn (the prior sample), the values it
/// started from (drawn, then set by the events, carry-over and trust), the negotiation's result,
/// and (for explain) what carried over.
/// </summary>
public sealed record RoundRun(CompiledRound Round, double[] Drawn, double[] StartValues, NegotiationResult Result, IReadOnlyList<string> CarryNotes);
