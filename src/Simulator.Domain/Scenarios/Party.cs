namespace Simulator.Domain.Scenarios;

/// <summary>
/// A party to the talks: a principal at the table, the mediator, or a patron outside the room. A
/// principal that is not <see cref="Present"/> is absent from the table but its consent is still
/// needed: it accepts what its stated limits allow and makes no concession.
/// </summary>
public sealed record Party(
    string Id,
    string Name,
    PartyRole Role,
    Parameter Capability,
    Parameter ReservationUtility,
    Parameter ConcessionBeta,
    Parameter RiskAttitude,
    UtilityShape UtilityShape,
    Delegation Delegation,
    IReadOnlyList<Stance> Stances,
    IReadOnlyList<Linkage> Linkages,
    IReadOnlyList<Influence> Influences,
    bool Present = true)
{
    public Stance? StanceOn(string issueId) => Stances.FirstOrDefault(s => s.IssueId == issueId);

    public IEnumerable<Parameter> AllParameters()
    {
        yield return Capability;
        yield return ReservationUtility;
        yield return ConcessionBeta;
        yield return RiskAttitude;
        foreach (var stance in Stances)
        {
            yield return stance.Position;
            yield return stance.Salience;
            if (stance.RedLine?.Min is { } min)
            {
                yield return min;
            }

            if (stance.RedLine?.Max is { } max)
            {
                yield return max;
            }
        }

        foreach (var linkage in Linkages)
        {
            foreach (var p in linkage.AllParameters())
            {
                yield return p;
            }
        }

        foreach (var influence in Influences)
        {
            yield return influence.Strength;
        }

        foreach (var limit in Delegation.Mandate)
        {
            if (limit.Min is { } min)
            {
                yield return min;
            }

            if (limit.Max is { } max)
            {
                yield return max;
            }
        }
    }
}

/// <summary>Where a party sits: at the table, in the chair, or outside the room.</summary>
public enum PartyRole
{
    Principal,
    Mediator,
    Patron,
}

/// <summary>How a party values distance from its ideal point on an issue.</summary>
public enum UtilityShape
{
    /// <summary>Value falls linearly with distance: 1 − d/100.</summary>
    Linear,

    /// <summary>Value falls slowly near the ideal point and fast far from it: 1 − (d/100)².</summary>
    Concave,
}
