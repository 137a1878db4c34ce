namespace Simulator.Domain.Engine;

/// <summary>
/// An <see cref="Objection"/> as the mediated table keeps it during a round: the same fields, the
/// linkage as its index in <see cref="CompiledScenario.Linkages"/> (-1 for none) and each bound as a
/// flag and a value. Without an object reference and with no nullable padding it is 56 bytes
/// instead of 88, and the frames that hold such structs need not be zeroed on every call.
/// </summary>
internal readonly record struct RoundObjection(
    int Party,
    ObjectionKind Kind,
    int Issue,
    int BoundIssue,
    int Linkage,
    bool HasMin,
    bool HasMax,
    double Min,
    double Max,
    double Gain,
    double Needed)
{
    public double? MinOrNull => HasMin ? Min : null;

    public double? MaxOrNull => HasMax ? Max : null;

    /// <summary>An objection on limits: the bounds (either may be absent) apply to <paramref name="boundIssue"/>.</summary>
    public static RoundObjection Limit(int party, ObjectionKind kind, int issue, double? min, double? max, int boundIssue, int linkage = -1) =>
        new(party, kind, issue, boundIssue, linkage, min.HasValue, max.HasValue, min.GetValueOrDefault(), max.GetValueOrDefault(), 0, 0);

    /// <summary>Too little gain: the share <paramref name="gain"/> offered, <paramref name="needed"/> insisted on.</summary>
    public static RoundObjection Shortfall(int party, int issue, double gain, double needed) =>
        new(party, ObjectionKind.InsufficientGain, issue, -1, -1, false, false, 0, 0, gain, needed);

    public static RoundObjection From(CompiledScenario scenario, in Objection o) =>
        new(o.Party, o.Kind, o.Issue, o.BoundIssue, scenario.LinkageIndex(o.Linkage), o.Min.HasValue, o.Max.HasValue, o.Min.GetValueOrDefault(), o.Max.GetValueOrDefault(), o.Gain, o.Needed);

    public Objection ToObjection(CompiledScenario scenario) =>
        new(Party, Kind, Issue, MinOrNull, MaxOrNull, BoundIssue, Linkage >= 0 ? scenario.Linkages[Linkage] : null, Gain, Needed);
}
