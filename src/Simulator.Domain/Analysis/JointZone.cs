namespace Simulator.Domain.Analysis;

/// <summary>
/// Whether an agenda issue can be agreed once every linkage is taken into account, and if so the
/// range of values it can be agreed at (the smallest and largest candidate that works; values in
/// between need not all work when a linkage's trigger cuts the range). An example outcome is
/// given either way: a working agreement, or (in the diagnosis) what relaxing would allow.
/// </summary>
public sealed record JointZone(
    string IssueId,
    bool Exists,
    double? Low,
    double? High,
    IReadOnlyList<double>? Example,
    RedLineDiagnosis? Diagnosis);
