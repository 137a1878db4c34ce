namespace Simulator.Domain.Analysis;

/// <summary>
/// Whether an agenda issue can be agreed once every linkage is taken into account, and if so the
/// range of values it can be agreed at (the smallest and largest candidate that works; values in
/// between need not all work when a linkage's trigger cuts the range). An example outcome is
/// given either way: a working agreement, or (in the diagnosis) what relaxing would allow.
/// <see cref="Diagnosis"/> explains an issue with no zone at all; <see cref="TriggerDiagnoses"/>
/// explain the ranges a linkage speaks of (its trigger) that stay closed even when smaller moves
/// are possible: a partial ceasefire may be agreeable while the ceasefire Russia links to
/// withdrawal is not.
/// </summary>
public sealed record JointZone(
    string IssueId,
    bool Exists,
    double? Low,
    double? High,
    IReadOnlyList<double>? Example,
    RedLineDiagnosis? Diagnosis,
    IReadOnlyList<RedLineDiagnosis> TriggerDiagnoses)
{
    /// <summary>Every diagnosis of this issue: the whole issue's, then the linkage triggers'.</summary>
    public IEnumerable<RedLineDiagnosis> AllDiagnoses() =>
        Diagnosis is null ? TriggerDiagnoses : TriggerDiagnoses.Prepend(Diagnosis);
}
