namespace Simulator.Domain.Analysis.Reports;

/// <summary>One bound to relax: which, whose, from where to where (scale points).</summary>
public sealed record MoveReport(string Key, string Kind, string Party, string Issue, string Constraint, double Bound, double By, double NewBound);
