namespace Simulator.Domain.Engine;

/// <summary>Why a party rejects a text.</summary>
public enum ObjectionKind
{
    /// <summary>A value lies outside the party's red line on that issue.</summary>
    RedLine,

    /// <summary>A conditional red line across issues is broken (the text meets its condition but not its requirement).</summary>
    Linkage,

    /// <summary>The delegation has no mandate to agree to that value.</summary>
    Mandate,

    /// <summary>The text gives the party less of the possible gain than it currently insists on.</summary>
    InsufficientGain,

    /// <summary>A person in the seat said no without a modelled reason (classroom play).</summary>
    Declined,
}
