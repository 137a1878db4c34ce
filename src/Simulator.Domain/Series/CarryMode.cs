namespace Simulator.Domain.Series;

/// <summary>What an issue agreed in one round is in the next.</summary>
public enum CarryMode
{
    /// <summary>The agreed value, as far as it was carried out, is the next round's status quo.</summary>
    StatusQuo,

    /// <summary>The issue is negotiated again from its own status quo (a new swap, say).</summary>
    Fresh,
}
