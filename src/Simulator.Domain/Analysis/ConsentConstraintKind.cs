namespace Simulator.Domain.Analysis;

/// <summary>Where a limit on agreement comes from.</summary>
public enum ConsentConstraintKind
{
    /// <summary>A party's red line on an issue it agrees to.</summary>
    RedLine,

    /// <summary>The interval a delegation is authorised to agree to.</summary>
    Mandate,

    /// <summary>A party's linkage: when one issue reaches a level, another must too.</summary>
    Linkage,
}
