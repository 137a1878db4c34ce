namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>A sweep: its axes and one experiment per grid point (first axis varying slowest).</summary>
public sealed record SweepResult(
    string Scenario,
    string Title,
    int RunsPerPoint,
    ulong Seed,
    IReadOnlyList<GridAxis> Axes,
    IReadOnlyList<SweepPoint> Points);
