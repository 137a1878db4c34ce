namespace Simulator.Hosting.Bench;

/// <summary>One execution path's best time over the repeats: runs per second and its ratio to the all-cores in-process figure.</summary>
public sealed record ThroughputFigure(string Path, double Seconds, double RunsPerSecond, double RatioToAllCores);
