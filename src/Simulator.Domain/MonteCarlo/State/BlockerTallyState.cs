namespace Simulator.Domain.MonteCarlo.State;

/// <summary>How often a blocker stopped an issue, and the explanation from the lowest-numbered run it stopped.</summary>
public sealed record BlockerTallyState(string Key, int Count, int FirstRun, string Explanation);
