namespace Simulator.Cli.Execution;

/// <summary>What `sim bench --cluster` measures: the embedded silo and 1..K local silo processes, as ratios to the embedded silo.</summary>
internal sealed record ClusterBenchReport(string Scenario, int Runs, ulong Seed, int BatchSize, int Repeats, IReadOnlyList<ClusterBenchFigure> Figures, bool ResultsIdentical);
