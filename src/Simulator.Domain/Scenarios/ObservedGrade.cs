namespace Simulator.Domain.Scenarios;

/// <summary>
/// How far history got on an issue, in the words of the record. For scoring each grade counts as
/// agreed or not agreed (<see cref="ObservedGrades.CountsAsAgreed"/>): the model's outcome is binary.
/// </summary>
public enum ObservedGrade
{
    /// <summary>Agreed outright (counts as agreed).</summary>
    Agreed,

    /// <summary>Agreed in principle, details left open ("agreed in principle to meet again"; counts as agreed).</summary>
    AgreedInPrinciple,

    /// <summary>Part of the issue agreed, the rest not (a swap in some categories; counts as agreed, at the value reached).</summary>
    Partial,

    /// <summary>One side's proposal was taken note of, nothing more (counts as not agreed).</summary>
    Noted,

    /// <summary>Put off to a later round or to working groups (counts as not agreed).</summary>
    Deferred,

    /// <summary>Proposed and refused (counts as not agreed).</summary>
    Rejected,

    /// <summary>One side acted or offered on its own, without the other's consent (counts as not agreed).</summary>
    UnilateralOffer,
}
