namespace Simulator.Domain.MonteCarlo.State;

/// <summary>The lowest and highest value a parameter named in a blocker's explanation took in the runs it stopped.</summary>
public sealed record ParameterRangeState(int Parameter, double Min, double Max);
