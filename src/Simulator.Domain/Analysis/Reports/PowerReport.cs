namespace Simulator.Domain.Analysis.Reports;

/// <summary>The power indices under one approval rule.</summary>
public sealed record PowerReport(string Rule, string Description, double Quota, IReadOnlyList<PowerEntry> Entries);
