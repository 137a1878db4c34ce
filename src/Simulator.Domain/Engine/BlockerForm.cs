namespace Simulator.Domain.Engine;

/// <summary>Which of <see cref="Blockers"/>' sentences a <see cref="BlockerRecipe"/> renders.</summary>
internal enum BlockerForm
{
    /// <summary>A key and explanation given as text.</summary>
    Fixed,
    RedLineObjection,
    MandateObjection,
    ObjectedLinkage,
    Declined,
    InsufficientGain,
    RedLineBound,
    MandateBound,
    NoZone,
    Opposed,
    NoInterest,
    LeftOutOfPackage,
    Package,
    UnmetLinkage,
}
