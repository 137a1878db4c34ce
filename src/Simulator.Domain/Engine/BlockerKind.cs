namespace Simulator.Domain.Engine;

/// <summary>What stopped an issue from being agreed.</summary>
public enum BlockerKind
{
    /// <summary>A party's red line keeps the issue at (or near) the status quo.</summary>
    RedLine,

    /// <summary>The principals' red lines (or mandates) do not overlap: no zone of agreement.</summary>
    NoZone,

    /// <summary>A party's linkage demands something on another issue that cannot be had.</summary>
    Linkage,

    /// <summary>A delegation lacks the mandate to agree.</summary>
    Mandate,

    /// <summary>A party never found the gain on offer enough before the talks ended.</summary>
    InsufficientGain,

    /// <summary>Under all-or-nothing packaging, another issue's failure sank this one.</summary>
    Package,

    /// <summary>Nobody wanted a change from the status quo.</summary>
    NoInterest,

    /// <summary>Two principals found the drafted value too poor in opposite directions (one wants more, the other less).</summary>
    Opposed,
}
