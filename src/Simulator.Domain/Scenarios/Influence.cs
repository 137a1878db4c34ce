namespace Simulator.Domain.Scenarios;

/// <summary>
/// One party's influence on another. Pressure lowers the target's reservation utility and speeds
/// its concessions; alignment stiffens it (slower concessions, a higher reservation utility).
/// </summary>
public sealed record Influence(string TargetId, InfluenceKind Kind, Parameter Strength, Provenance? Source);

/// <summary>The direction of an influence.</summary>
public enum InfluenceKind
{
    Pressure,
    Alignment,
}
