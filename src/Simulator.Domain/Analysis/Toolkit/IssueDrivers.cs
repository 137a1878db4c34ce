namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>
/// An issue's baseline agreement probability and its top drivers, most influential first: only
/// parameters that move it beyond Monte Carlo noise (<see cref="IssueEffect.BeyondNoise"/>). With
/// none, <see cref="Drivers"/> is empty and <see cref="Note"/> says so in words.
/// </summary>
public sealed record IssueDrivers(string Issue, string Label, double Baseline, IReadOnlyList<Driver> Drivers, string? Note = null);
