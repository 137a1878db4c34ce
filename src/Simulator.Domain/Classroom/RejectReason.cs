namespace Simulator.Domain.Classroom;

/// <summary>Why a person in a principal's seat rejects an item.</summary>
public enum RejectReason
{
    /// <summary>No reason: the item is accepted.</summary>
    None,

    /// <summary>The item crosses one of the seat's own limits (a red line, the mandate, a linkage).</summary>
    OwnLimit,

    /// <summary>The item gives the seat too little ("not enough for us").</summary>
    NotEnough,

    /// <summary>A reason in the person's own words.</summary>
    Other,
}
