namespace Simulator.Domain.MonteCarlo.State;

/// <summary>How many runs agreed an issue at one value, the value kept in hundredths of a scale point.</summary>
public sealed record ValueCount(long Key, int Count);
