namespace Simulator.Domain.Analysis;

/// <summary>What limits a principal's acceptable interval on an issue.</summary>
public enum ZoneBoundKind
{
    /// <summary>The party's own red line on the issue.</summary>
    RedLine,

    /// <summary>The mandate its delegation was given (a mid-level team cannot go further).</summary>
    Mandate,
}
