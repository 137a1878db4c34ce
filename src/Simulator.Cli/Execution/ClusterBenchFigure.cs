namespace Simulator.Cli.Execution;

/// <summary>One path of `sim bench --cluster`: its best time, runs per second and its throughput as a share of the embedded silo's.</summary>
internal sealed record ClusterBenchFigure(string Path, int Silos, double Seconds, double RunsPerSecond = 0, double RatioToEmbedded = 0);
