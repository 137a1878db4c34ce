namespace Simulator.Contracts.Sessions;

/// <summary>Who sits at a started session's table and what is on its agenda.</summary>
[GenerateSerializer, Immutable, Alias("Simulator.SessionInfo")]
public sealed record SessionInfo(
    [property: Id(0)] string ScenarioId,
    [property: Id(1)] string Title,
    [property: Id(2)] string? Mediator,
    [property: Id(3)] string[] Principals,
    [property: Id(4)] string[] Agenda,
    [property: Id(5)] string[] HumanParties)
{
    /// <summary>Every member of the chair: the one mediator, or each co-mediator of a shared chair (empty without a mediator).</summary>
    [Id(6)]
    public string[] Chair { get; init; } = Mediator is { } m ? [m] : [];
}
