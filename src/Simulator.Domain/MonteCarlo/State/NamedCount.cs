namespace Simulator.Domain.MonteCarlo.State;

/// <summary>How many runs fell under a name (an end reason, an outcome pattern).</summary>
public sealed record NamedCount(string Key, int Count);
