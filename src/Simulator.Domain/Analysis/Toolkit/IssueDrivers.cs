namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>An issue's baseline agreement probability and its top drivers, most influential first.</summary>
public sealed record IssueDrivers(string Issue, string Label, double Baseline, IReadOnlyList<Driver> Drivers);
