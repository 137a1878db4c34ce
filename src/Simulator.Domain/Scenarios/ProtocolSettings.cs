namespace Simulator.Domain.Scenarios;

/// <summary>How the talks are run: which protocol, who chairs, how long, and how items are packaged.</summary>
public sealed record ProtocolSettings(
    ProtocolKind Kind,
    string? MediatorId,
    Parameter TimeBudgetMinutes,
    Parameter MinutesPerRound,
    int MaxRounds,
    Packaging Packaging,
    IReadOnlyList<string> Agenda)
{
    public IEnumerable<Parameter> AllParameters()
    {
        yield return TimeBudgetMinutes;
        yield return MinutesPerRound;
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
