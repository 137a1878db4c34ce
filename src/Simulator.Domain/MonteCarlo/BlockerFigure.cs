namespace Simulator.Domain.MonteCarlo;

/// <summary>The value one run drew for a parameter that a blocker's explanation names.</summary>
public readonly record struct BlockerFigure(int Parameter, double Value);
