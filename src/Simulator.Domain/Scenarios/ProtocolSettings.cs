namespace Simulator.Domain.Scenarios;

/// <summary>
/// How the talks are run: which protocol, who chairs, how long, and how items are packaged. The chair
/// is one mediator (<see cref="MediatorId"/>, `protocol.mediator`) or several sharing it with weights
/// (<see cref="CoMediators"/>, `protocol.mediators`); a valid scenario gives at most one of the two.
/// </summary>
public sealed record ProtocolSettings(
    ProtocolKind Kind,
    string? MediatorId,
    Parameter TimeBudgetMinutes,
    Parameter MinutesPerRound,
    int MaxRounds,
    Packaging Packaging,
    IReadOnlyList<string> Agenda,
    IReadOnlyList<CoMediator>? CoMediators = null)
{
    /// <summary>The ids of the parties in the chair, in document order: the co-mediators, else the one mediator, else none.</summary>
    public IReadOnlyList<string> ChairIds =>
        CoMediators is { } seats ? [.. seats.Select(c => c.PartyId)] : MediatorId is { } id ? [id] : [];

    /// <summary>True when two or more mediators share the chair.</summary>
    public bool IsSharedChair => CoMediators is { Count: > 1 };

    public IEnumerable<Parameter> AllParameters()
    {
        yield return TimeBudgetMinutes;
        yield return MinutesPerRound;
        foreach (var seat in CoMediators ?? [])
        {
            yield return seat.Weight;
        }
    }
}

/// <summary>The negotiation protocol.</summary>
public enum ProtocolKind
{
    /// <summary>The mediator drafts one text, principals accept or reject with reasons, the mediator revises.</summary>
    MediatedSingleText,

    /// <summary>Stacked alternating offers among the principals, unanimity required.</summary>
    AlternatingOffers,
}

/// <summary>Whether separable items may be agreed on their own or only as one package.</summary>
public enum Packaging
{
    SeparableItems,
    AllOrNothing,
}
