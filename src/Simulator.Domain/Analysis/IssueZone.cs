namespace Simulator.Domain.Analysis;

/// <summary>
/// The zone of agreement on one issue: the values every principal can accept given its red line
/// and its delegation's mandate, [<see cref="Low"/>, <see cref="High"/>]. When the zone is closed
/// (Low above High), <see cref="LowerBound"/> and <see cref="UpperBound"/> name the two limits
/// that close it and <see cref="Gap"/> says by how much.
/// </summary>
public sealed record IssueZone(
    string IssueId,
    double Low,
    double High,
    ZoneBound? LowerBound,
    ZoneBound? UpperBound,
    IReadOnlyList<ZoneBound> Bounds)
{
    private const double Tolerance = 1e-9;

    public bool IsOpen => Low <= High + Tolerance;

    /// <summary>How far apart the binding limits are; 0 when the zone is open.</summary>
    public double Gap => IsOpen ? 0 : Low - High;

    public bool Contains(double value) => IsOpen && value >= Low - Tolerance && value <= High + Tolerance;
}
