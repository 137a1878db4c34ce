namespace Simulator.Domain.Analysis.Reports;

/// <summary>
/// An agenda issue's zone of agreement: on its own (red lines and mandates of the principals) and
/// jointly (with linkages, moving at least the engine's meaningful change from the status quo).
/// </summary>
public sealed record ZoneReport(
    string Issue,
    double StatusQuo,
    bool OwnZoneOpen,
    double OwnLow,
    double OwnHigh,
    bool JointZoneExists,
    double? JointLow,
    double? JointHigh,
    string Summary);
