namespace Simulator.Domain.Scenarios;

/// <summary>How a linkage's requirements combine.</summary>
public enum LinkageMode
{
    /// <summary>Every requirement must hold (`require:` or `requireAllOf:`).</summary>
    AllOf,

    /// <summary>At least one requirement must hold (`requireAnyOf:`).</summary>
    AnyOf,
}
