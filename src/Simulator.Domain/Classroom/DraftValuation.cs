namespace Simulator.Domain.Classroom;

/// <summary>
/// What a draft is worth to a principal: its utility if the draft is agreed and if nothing more is,
/// the share of the possible gain on the draft's items it offers, the share the seat's model insists
/// on now (its aspiration) and the floor it will never go below (its walk-away value), the seat's
/// limits the draft crosses (in words, <see cref="LimitText"/>) and the ids of the draft's items
/// whose value lies beyond the seat's red line or mandate.
/// </summary>
public sealed record DraftValuation(double UtilityIfAgreed, double UtilityIfNot, double Share, double Aspiration, double WalkAway, IReadOnlyList<string> LimitsCrossed, IReadOnlyList<string> ItemsBeyondLimits)
{
    /// <summary>The draft offers at least what the seat's model insists on now and crosses none of its limits.</summary>
    public bool MeetsAspiration => Share >= Aspiration - 1e-9 && LimitsCrossed.Count == 0;
}
