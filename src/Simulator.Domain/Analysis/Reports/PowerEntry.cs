namespace Simulator.Domain.Analysis.Reports;

/// <summary>One party's weight and voting power under a rule.</summary>
public sealed record PowerEntry(string Party, double Weight, bool Required, double ShapleyShubik, double Banzhaf);
