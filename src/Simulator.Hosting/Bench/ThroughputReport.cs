namespace Simulator.Hosting.Bench;

/// <summary>
/// What `sim bench` measures: runs per second in-process on one core, on all cores, and through the
/// experiment grain on an embedded silo; the grain path's share of the all-cores figure; and whether
/// all three produced the identical result.
/// </summary>
public sealed record ThroughputReport(
    string Scenario,
    int Runs,
    ulong Seed,
    int Cores,
    int BatchSize,
    int Repeats,
    IReadOnlyList<ThroughputFigure> Figures,
    double GrainToAllCores,
    bool ResultsIdentical);
